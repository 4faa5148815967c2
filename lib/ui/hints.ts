/**
 * Plain advice drawn from the stats: a trigger that causes most false alarms, many false alarms
 * overall, promises missed, and a long silence that may mean a tab is not connected. Each hint is a
 * catalogue key and its substitutions, so the page shows it in the owner's language. Pure.
 */
import { DAY_MS, type LogStats } from './stats';

export interface Hint {
  key: string;
  substitutions: string[];
}

export interface HintContext {
  now: number;
  /** When the newest escalation in the whole log came in; undefined when the log is empty. */
  lastDetectedAt: number | undefined;
  /** How many WhatsApp or Instagram tabs report "connected" right now. */
  connectedTabs: number;
}

export const QUIET_DAYS = 7;

function quietHint(context: HintContext): Hint | undefined {
  if (context.lastDetectedAt === undefined) {
    return context.connectedTabs === 0
      ? { key: 'hint_noneYetNotConnected', substitutions: [] }
      : undefined;
  }
  const days = Math.floor((context.now - context.lastDetectedAt) / DAY_MS);
  if (days < QUIET_DAYS) return undefined;
  return {
    key: context.connectedTabs === 0 ? 'hint_quietNotConnected' : 'hint_quiet',
    substitutions: [String(days)],
  };
}

export function buildHints(stats: LogStats, context: HintContext): Hint[] {
  const hints: Hint[] = [];
  const top = stats.triggers[0];
  if (top && top.falseAlarms >= 2 && top.falseAlarms / stats.dismissed >= 0.4) {
    hints.push({
      key: 'hint_falseAlarmTrigger',
      substitutions: [top.trigger, String(top.falseAlarms), String(stats.dismissed)],
    });
  }
  if (
    stats.falseAlarmRate !== null &&
    stats.falseAlarmRate >= 0.5 &&
    stats.resolved + stats.dismissed >= 4
  ) {
    hints.push({
      key: 'hint_manyFalseAlarms',
      substitutions: [String(Math.round(stats.falseAlarmRate * 100))],
    });
  }
  const { kept, missed } = stats.promises;
  if (missed > 0 && missed >= kept) {
    hints.push({
      key: 'hint_promisesMissed',
      substitutions: [String(missed), String(kept + missed)],
    });
  }
  const quiet = quietHint(context);
  if (quiet) hints.push(quiet);
  return hints;
}
