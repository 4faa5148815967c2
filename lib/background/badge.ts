/**
 * The toolbar badge: the number of open (not snoozed) escalations, empty at zero, coloured by the
 * most urgent open category. Always derived from the database, never counted in memory. Its
 * tooltip also says plainly when a site tab is open but its page is not recognised, and what
 * cannot be read there, so "nothing needs you" is never read as "all is watched".
 */
import { CATEGORY_COLOURS } from '../category-colours';
import { browser } from 'wxt/browser';
import { mostUrgent } from '../classifier/types';
import { listActive } from '../db/escalations';
import type { RadarDb } from '../db/schema';
import { t } from '../i18n';
import { notConnectedLines } from '../health-words';

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
  const health = notConnectedLines(t, await liveTabHealth(db));
  const withHealth = (title: string) => [title, ...health].join('\n');
  if (urgent) {
    const colour = CATEGORY_COLOURS[urgent];
    await action().setBadgeBackgroundColor({ color: colour });
    await action().setTitle({ title: withHealth(`Escalation Radar: ${text} open`) });
    return { text, colour };
  }
  await action().setTitle({ title: withHealth('Escalation Radar: nothing needs you') });
  return { text };
}

/** Tab health rows of tabs that are still open (rows of closed tabs wait for the clean-up). */
async function liveTabHealth(db: RadarDb) {
  const rows = await db.tabHealth.toArray();
  if (rows.length === 0) return rows;
  const open = new Set((await browser.tabs.query({})).map((tab) => tab.id));
  return rows.filter((row) => open.has(row.tabId));
}
