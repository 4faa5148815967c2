/**
 * Plain words for a tab that is not connected. A content script that cannot read its page reports
 * which parts it missed, by the names its adapter uses (Instagram: threadList, rowName, rowPreview,
 * conversation, messages; WhatsApp: chatList, chatRow, rowTitle, headerTitle, messageList). The
 * owner needs to know what the radar cannot see, not the adapter's vocabulary, so each name is
 * mapped to one of a few parts the popup and the badge's tooltip put into words. Pure, so the
 * background and the pages share it.
 */

/** What a tab last reported, as far as words need it. */
export interface TabHealthReport {
  platform: string;
  state: string;
  missing: readonly string[];
}

export const MISSING_PARTS = [
  'list',
  'rows',
  'names',
  'previews',
  'conversation',
  'chatName',
  'messages',
  'other',
] as const;
export type MissingPart = (typeof MISSING_PARTS)[number];

const PART_OF: Readonly<Record<string, MissingPart>> = {
  threadList: 'list',
  chatList: 'list',
  chatRow: 'rows',
  rowName: 'names',
  rowTitle: 'names',
  rowPreview: 'previews',
  conversation: 'conversation',
  headerTitle: 'chatName',
  messages: 'messages',
  messageList: 'messages',
};

/** The parts named by `missing`, each once, in the order above; unknown names become 'other'. */
export function missingParts(missing: readonly string[]): MissingPart[] {
  const parts = new Set(missing.map((name) => PART_OF[name] ?? 'other'));
  return MISSING_PARTS.filter((part) => parts.has(part));
}

type Translate = (key: string, substitutions?: string | string[]) => string;

/** "can't read chat names, message previews", or '' when nothing is named. */
export function missingText(t: Translate, missing: readonly string[]): string {
  const parts = missingParts(missing).map((part) => t(`missing_${part}`));
  return parts.length === 0 ? '' : t('connection_missing', parts.join(', '));
}

/** One line per tab that is not connected, e.g. "Instagram: not connected: page not recognised (can't read chat names)". */
export function notConnectedLines(t: Translate, rows: readonly TabHealthReport[]): string[] {
  const lines = rows
    .filter((row) => row.state === 'unrecognised')
    .map((row) => {
      const missing = missingText(t, row.missing);
      const state = t('connection_unrecognised');
      return `${t(`platform_${row.platform}`)}: ${state}${missing === '' ? '' : ` (${missing})`}`;
    });
  return [...new Set(lines)];
}
