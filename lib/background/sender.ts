/**
 * Who sent a message: one of the two sites' tabs (a content script), one of our own pages, or
 * nobody we accept. Content scripts are recognised by their tab's URL origin, our pages by the
 * extension's own URL; messages from anywhere else are refused before any handler runs.
 */
import type { Platform } from '../platforms/types';

export type SenderInfo = { kind: 'content'; platform: Platform; tabId: number } | { kind: 'ui' };

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

const SITE_ORIGINS: Record<string, Platform> = {
  'https://web.whatsapp.com': 'whatsapp',
  'https://www.instagram.com': 'instagram',
};

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    // Not a URL at all: treated as unknown origin.
    return undefined;
  }
}

/**
 * `extensionBase` is runtime.getURL('/'), e.g. "chrome-extension://<id>/"; compared as a prefix
 * because URL.origin is "null" for extension schemes in some engines.
 */
export function identifySender(
  sender: SenderLike,
  extensionId: string,
  extensionBase: string,
): SenderInfo | undefined {
  if (sender.id !== extensionId) return undefined;
  if (sender.url?.startsWith(extensionBase) && !sender.tab?.url?.startsWith('http'))
    return { kind: 'ui' };
  const origin = originOf(sender.url);
  const tabOrigin = originOf(sender.tab?.url) ?? origin;
  const platform = tabOrigin === undefined ? undefined : SITE_ORIGINS[tabOrigin];
  const tabId = sender.tab?.id;
  if (platform && tabId !== undefined && origin === tabOrigin)
    return { kind: 'content', platform, tabId };
  return undefined;
}
