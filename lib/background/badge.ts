/**
 * The toolbar badge: the number of open (not snoozed) escalations, empty at zero, coloured by the
 * most urgent open category. Always derived from the database, never counted in memory.
 */
import { CATEGORY_COLOURS } from '../category-colours';
import { browser } from 'wxt/browser';
import { mostUrgent } from '../classifier/types';
import { listActive } from '../db/escalations';
import type { RadarDb } from '../db/schema';

function action() {
  // Chrome MV3 has `action`; Firefox MV2 has only `browserAction`, whatever the types say.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- absent at run time on MV2
  return browser.action ?? browser.browserAction;
}

export async function syncBadge(
  db: RadarDb,
  now: number,
): Promise<{ text: string; colour?: string }> {
  const active = await listActive(db, now);
  const urgent = mostUrgent(active.map((row) => row.category));
  const text = active.length === 0 ? '' : active.length > 99 ? '99+' : String(active.length);
  await action().setBadgeText({ text });
  if (urgent) {
    const colour = CATEGORY_COLOURS[urgent];
    await action().setBadgeBackgroundColor({ color: colour });
    await action().setTitle({ title: `Escalation Radar: ${text} open` });
    return { text, colour };
  }
  await action().setTitle({ title: 'Escalation Radar: nothing needs you' });
  return { text };
}
