/**
 * Why an escalation needs the owner: one line per category, the category named once, then what
 * the customer wrote or did, in plain words. The category the card or banner already shows in
 * its label (`labelShown`) is not named again. Text only, never HTML.
 */
import type { Category } from '@/lib/classifier/types';
import type { ReasonLine } from '@/lib/reasons';

export interface ReasonGroupsProps {
  lines: ReasonLine[];
  labelShown?: Category;
  label: string;
  testId?: string;
}

export function ReasonGroups({ lines, labelShown, label, testId }: ReasonGroupsProps) {
  const shown = lines.filter((line) => line.category !== labelShown || line.details.length > 0);
  if (shown.length === 0) return null;
  return (
    <ul class="reasons" aria-label={label} data-testid={testId}>
      {shown.map((line) => {
        const named = line.category !== labelShown;
        return (
          <li key={line.category} data-category={line.category}>
            {named && <strong class="reason-category">{line.label}</strong>}
            {named && line.details.length > 0 && ': '}
            {line.details.join('; ')}
          </li>
        );
      })}
    </ul>
  );
}
