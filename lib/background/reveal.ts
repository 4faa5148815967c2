/**
 * Bringing the owner to a conversation after a click on a notification or "open" in the popup:
 * focus a tab of the right site and ask its content script to scroll the chat's row into view.
 * It never clicks the chat open (that sends read receipts); on Instagram, whose threads have
 * their own address, it opens that address because the owner asked for it.
 */
import { browser } from 'wxt/browser';
import type { EscalationRow } from '../db/schema';
import type { TabMessage } from '../messaging/protocol';
import type { Platform } from '../platforms/types';

export const SITE_PATTERNS: Record<Platform, string> = {
  whatsapp: 'https://web.whatsapp.com/*',
  instagram: 'https://www.instagram.com/*',
};

const HOME: Record<Platform, string> = {
  whatsapp: 'https://web.whatsapp.com/',
  instagram: 'https://www.instagram.com/direct/inbox/',
};

/** The address of a thread key: `ig:t:<id>` (plain) or `ig:e2ee:<id>` (encrypted chat). */
export function instagramThreadUrl(threadKey: string): string | undefined {
  const plain = /^ig:t:(\d+)$/.exec(threadKey);
  if (plain) return `https://www.instagram.com/direct/t/${plain[1]}/`;
  const encrypted = /^ig:e2ee:([\w-]+)$/.exec(threadKey);
  return encrypted ? `https://www.instagram.com/direct/e2ee/t/${encrypted[1]}/` : undefined;
}

export async function revealConversation(row: EscalationRow): Promise<boolean> {
  const tabs = await browser.tabs.query({ url: SITE_PATTERNS[row.platform] });
  const tab = tabs.find((t) => t.active) ?? tabs[0];
  const threadUrl = row.platform === 'instagram' ? instagramThreadUrl(row.threadKey) : undefined;
  if (tab?.id === undefined) {
    await browser.tabs.create({ url: threadUrl ?? HOME[row.platform] });
    return threadUrl !== undefined;
  }
  await browser.tabs.update(
    tab.id,
    threadUrl && tab.url !== threadUrl ? { active: true, url: threadUrl } : { active: true },
  );
  await browser.windows.update(tab.windowId, { focused: true });
  const message: TabMessage = { type: 'thread:reveal', threadKey: row.threadKey };
  try {
    await browser.tabs.sendMessage(tab.id, message);
  } catch {
    // The tab's content script is not there (page still loading): the tab is focused anyway.
    return false;
  }
  return true;
}

/**
 * Tells every open WhatsApp and Instagram tab that the open escalations changed, but the tab
 * `answered`, whose request's answer already carries them.
 */
export async function broadcastMarksChanged(answered?: number): Promise<void> {
  await broadcast({ type: 'marks:changed' }, answered);
}

async function broadcast(message: TabMessage, skip?: number): Promise<void> {
  const tabs = await browser.tabs.query({ url: Object.values(SITE_PATTERNS) });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.id === skip) return;
      try {
        await browser.tabs.sendMessage(tab.id, message);
      } catch {
        // A tab without our content script (still loading, or a page we do not run on).
      }
    }),
  );
}
