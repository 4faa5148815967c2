// The popup's stats tab, loaded only when the owner opens it (a dynamic import in App.tsx): its
// data hooks, computations and view stay out of the code the popup's first screen loads.
import { LearningStatsPanel } from '@/components/popup/LearningStatsPanel';
import { StatsPanel, type StatsWindow } from '@/components/popup/StatsPanel';
import type { LogSource } from '@/lib/db/log-queries';
import { useLearningStats } from '@/lib/ui/hooks/use-learning';
import { useStats } from '@/lib/ui/hooks/use-stats';

export interface StatsTabProps {
  log: LogSource;
  now: number;
  /** Tabs whose page the radar reads now, for the hints. */
  connected: number;
  window: StatsWindow;
  onWindow: (days: StatsWindow) => void;
}

export function StatsTab({ log, now, connected, window, onWindow }: StatsTabProps) {
  const stats = useStats(log, true, window, now, connected);
  const learning = useLearningStats(log, true, now);
  return (
    <>
      <StatsPanel state={stats} window={window} onWindow={onWindow} />
      <LearningStatsPanel state={learning} />
    </>
  );
}
