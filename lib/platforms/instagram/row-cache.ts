/**
 * Per-element cache of parsed message rows. Instagram keeps a rendered row's element while it
 * stays on screen, so each row is parsed once (parseRow: texts, quote, media, direction, which may
 * read computed style or geometry) and later passes only compare its textContent with the one it
 * was parsed from; a row whose text changed in place (a time break turning "Today" into
 * "Yesterday", an edit) is parsed again. Rows Instagram re-creates after scrolling are new
 * elements and are parsed again; their keys come out the same because keys depend on content.
 * Per container it also remembers whether any incoming row showed a sender name (group threads),
 * reset when the container's label changes (a reused container showing another thread). The
 * panel's box is measured at most once per pass. Read-only.
 */
import type { BoxOf } from './direction';
import { layoutRect } from './dom';
import { parseRow, type ParsedRow } from './parse-row';
import { threadParts } from './thread';

export interface RowEntry {
  /** The row's textContent when it was parsed. */
  fingerprint: string;
  parsed: ParsedRow;
  /** What makes two messages after the same time break "the same" (repeat counting). */
  identity: string;
  /** The last key computed for this row, reused while its inputs are unchanged. */
  key?: { threadKey: string; anchor: string; occurrence: number; value: string };
}

interface SenderState {
  label: string;
  /** An incoming row with a sender name was parsed in this container. */
  seen: boolean;
  /** Every row rendered at some point was looked at (rows added later are parsed when new). */
  scanned: boolean;
}

export interface PassContext {
  panel: BoxOf;
  senders: SenderState;
  isCached(row: Element): boolean;
}

const rows = new WeakMap<Element, RowEntry>();
const senderStates = new WeakMap<HTMLElement, SenderState>();

function senderState(container: HTMLElement): SenderState {
  const label = container.getAttribute('aria-label') ?? '';
  let state = senderStates.get(container);
  if (state?.label !== label) {
    state = { label, seen: false, scanned: false };
    senderStates.set(container, state);
  }
  return state;
}

/** What one pass over a container's rows shares: the panel's box (lazily) and the group state. */
export function passContext(container: HTMLElement): PassContext {
  const panel = threadParts(container).scroller;
  let box: DOMRect | undefined;
  let measured = false;
  return {
    panel: () => {
      if (!measured) {
        box = layoutRect(panel);
        measured = true;
      }
      return box;
    },
    senders: senderState(container),
    isCached: (row) => rows.has(row),
  };
}

function identityOf(parsed: ParsedRow): string {
  if (parsed.kind !== 'message') return '';
  const { author, text, quoted, media } = parsed;
  return [author, text, quoted ?? '', media ?? ''].join('\u0000');
}

/** The row's parse: cached while its text is unchanged, else parsed now. */
export function rowEntry(row: HTMLElement, pass: PassContext): RowEntry {
  const fingerprint = row.textContent;
  const known = rows.get(row);
  if (known?.fingerprint === fingerprint) return known;
  const parsed = parseRow(row, pass.panel, fingerprint);
  const entry: RowEntry = { fingerprint, parsed, identity: identityOf(parsed) };
  rows.set(row, entry);
  if (isSenderRow(entry)) pass.senders.seen = true;
  return entry;
}

/** An incoming message with a sender name above it. */
export function isSenderRow(entry: RowEntry): boolean {
  const { parsed } = entry;
  return parsed.kind === 'message' && parsed.author === 'them' && parsed.senderLabel !== undefined;
}
