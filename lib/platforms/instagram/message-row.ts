/**
 * Parses one rendered row of an open Instagram thread into facts that need no context: a time
 * break (data-scope="date_break", or a row without bubble whose whole text is a time) with its
 * label, an ignored row (status lines such as "Seen", localised; rows without text or media), or a
 * message with its direction, own text (outermost dir="auto" inside its bubble, emoji images as
 * alt text), quote (a reply label, localised, plus the snippet after it), media (large images,
 * videos, /p/ /reel/ links) and the sender name shown above it. A row's dir="auto" elements are
 * listed once, for its bubbles and for the texts outside them. Labels ("You sent", a reply label)
 * are looked for element by element only when the row's text holds their words (most rows hold
 * plain text): then the row's leaf elements are listed once, each text read once, and shared by
 * the reply-label and "You sent" checks. The direction's style and layout reads are remembered
 * per drawing (direction.ts). Read-only.
 */
import { closest, queryAll, queryFirst, queryList } from '../selector-spec';
import { readText } from '../dom-text';
import { filterList, layoutRect, leafTexts, outermost } from './dom';
import { detectDirection, type AlignmentMemo, type BoxOf, type Direction } from './direction';
import { holdsLabelWords, isReplyLabel, isStatusText, isYouSentLabel } from './labels';
import { hasMatch, matchesAny } from './query';
import { instagram } from './selectors';
import { ORIGIN } from './routes';
import { isTimeBreakText } from './time-break';

export type ParsedRow =
  | { kind: 'break'; label: string }
  | { kind: 'ignored' }
  | {
      kind: 'message';
      author: Direction;
      text: string;
      quoted?: string;
      media?: string;
      /** A name shown above the bubble (group runs), before any reply label. */
      senderLabel?: string;
    };

const MEDIA_MIN_PX = 80;

function isLabelText(el: Element): boolean {
  const text = el.textContent;
  return isYouSentLabel(text) || isReplyLabel(text);
}

function mediaOf(row: HTMLElement, bubbles: HTMLElement[]): string | undefined {
  // Most rows show text only: one query over every alternative says so (a shared post's links
  // are media alternatives too), where asking each alternative in turn took six.
  if (!hasMatch(row, instagram.media)) return;
  const post = queryFirst<HTMLAnchorElement>(row, instagram.sharedPost);
  if (post) return new URL(post.getAttribute('href') ?? '', ORIGIN).pathname;
  const found = bubbles.flatMap((bubble) => queryAll(bubble, instagram.media));
  const large = found.some((el) => {
    if (el.tagName === 'VIDEO') return true;
    if (el.tagName !== 'IMG' || closest(el, instagram.text)) return false;
    const img = el as HTMLImageElement;
    const rect = layoutRect(img);
    return Math.max(img.width, img.height, rect?.width ?? 0, rect?.height ?? 0) >= MEDIA_MIN_PX;
  });
  return large ? 'media' : undefined;
}

function splitQuote(
  outside: readonly HTMLElement[],
  bubbleTexts: string[],
  replyLabel: Element | undefined,
): { text: string; quoted?: string; senderLabel?: string } {
  const text = bubbleTexts.join('\n');
  if (!replyLabel) return { text, senderLabel: outside.map((el) => readText(el)).find(Boolean) };
  const follows = (el: Element) =>
    (replyLabel.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const before = outside.filter((el) => !follows(el)).map((el) => readText(el));
  const after = outside.filter(follows).map((el) => readText(el));
  let quoted = after.filter(Boolean).join('\n');
  let own = text;
  if (quoted === '' && bubbleTexts.length > 1) {
    // The snippet drawn inside the bubble: the first text is the quote, the rest the reply.
    quoted = bubbleTexts[0] ?? '';
    own = bubbleTexts.slice(1).join('\n');
  }
  return { text: own, quoted: quoted || undefined, senderLabel: before.find(Boolean) };
}

/** The row itself or the first element inside it that is a time separator. */
function dateBreakOf(row: HTMLElement): HTMLElement | undefined {
  // Rows are children of the inner list, so only the row itself or its content can be one.
  return matchesAny(row, instagram.dateBreak) ? row : queryFirst(row, instagram.dateBreak);
}

/**
 * Classifies one message row of the inner list (or one role=row of the grid era). `panel` is the
 * message panel, or a function giving its box (the caller measures it at most once per read);
 * `memo` remembers directions decided from style or layout.
 */
export function parseMessageRow(
  row: HTMLElement,
  panel: HTMLElement | BoxOf,
  memo?: AlignmentMemo,
): ParsedRow {
  const breakEl = dateBreakOf(row);
  if (breakEl) return { kind: 'break', label: readText(breakEl) };
  const plain = row.textContent.replace(/\s+/gu, ' ').trim();
  if (isStatusText(plain)) return { kind: 'ignored' };
  let bubbles = outermost(queryList(row, instagram.bubble), row);
  if (bubbles.length === 0) {
    if (plain !== '' && isTimeBreakText(plain)) return { kind: 'break', label: plain };
    bubbles = [row];
  }
  // The row's dir="auto" elements, listed once: each bubble's outermost texts and the row's
  // outermost ones outside the bubbles come from them.
  const texts = queryList(row, instagram.text);
  // Labels are looked for (element by element) only when the row's text holds one's words.
  const labelled = holdsLabelWords(plain);
  const own = (el: HTMLElement) => !labelled || !isLabelText(el);
  const bubbleTexts = bubbles
    .flatMap((bubble) =>
      bubble === row
        ? outermost(texts, row)
        : outermost(
            filterList(texts, (el) => el !== bubble && bubble.contains(el)),
            bubble,
          ),
    )
    .filter(own)
    .map((el) => readText(el))
    .filter(Boolean);
  const media = mediaOf(row, bubbles);
  const inBubble = (el: Element) => bubbles.some((b) => b.contains(el));
  const leaves = labelled ? leafTexts(row) : [];
  const outside = outermost(texts, row).filter((el) => !inBubble(el) && own(el));
  const replyLabel = leaves.find(({ el, text }) => !inBubble(el) && isReplyLabel(text))?.el;
  const { text, quoted, senderLabel } = splitQuote(outside, bubbleTexts, replyLabel);
  if (text === '' && media === undefined) return { kind: 'ignored' };
  const [first] = bubbles;
  const author = detectDirection(row, first ?? row, panel, leaves, memo);
  return { kind: 'message', author, text, quoted, media, senderLabel };
}
