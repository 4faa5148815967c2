// @vitest-environment jsdom
/**
 * The content runtime with the real Instagram adapter on the fixture that shows the inbox and an
 * open thread: Instagram's health check reads the whole inbox, so the first pass must not read it
 * a second time when nothing changed, and must still scan and mark every row. The thread's rows
 * are parsed once in a first pass: deciding whether the thread is a group (its newest block) and
 * reading its messages share the parses.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startContentRuntime, type RuntimeDeps } from '@/lib/content/runtime';
import type { Candidate, MessageData, MessageType } from '@/lib/messaging/protocol';
import { createInstagramAdapter } from '@/lib/platforms/instagram/adapter';
import * as messageRow from '@/lib/platforms/instagram/message-row';
import { ThreadLocator } from '@/lib/platforms/instagram/open-thread';
import { instagram } from '@/lib/platforms/instagram/selectors';
import { loadFixture, messageRows } from '../instagram/fixture';

vi.mock('@/lib/platforms/instagram/message-row', async (importOriginal) => {
  const actual = await importOriginal<typeof messageRow>();
  return { ...actual, parseMessageRow: vi.fn(actual.parseMessageRow) };
});

const INES = '/direct/e2ee/t/17849112233440001/';

/** Every customer text the runtime sent the background as a candidate, in order. */
let asked: string[] = [];
/** Every candidate read from the open thread, in order. */
let fromThread: Candidate[] = [];

const send = (<K extends MessageType>(type: K, data: MessageData<K>) => {
  if (type === 'candidates:classify') {
    const batch = data as MessageData<'candidates:classify'>;
    asked.push(...batch.candidates.map((c) => c.text));
    fromThread.push(...batch.candidates.filter((c) => c.source === 'thread'));
    return Promise.resolve({ outcomes: batch.candidates.map(() => 'none') });
  }
  if (type === 'escalation:listOpen') {
    // Mateo's row (link-less, keyed by name) has an open escalation.
    return Promise.resolve([
      {
        id: 1,
        threadKey: 'ig:name:mateo ruiz',
        category: 'human_request',
        categories: ['human_request'],
        reasonGroups: [],
        customer: 'Mateo Ruiz',
        draft: '',
      },
    ]);
  }
  return Promise.resolve(null);
}) as RuntimeDeps['send'];

let launch: AbortController;

/** How many times the adapter listed the inbox's rows from scratch (one query over the list). */
function countRowListings(): () => number {
  const rowCss = new Set<string>(instagram.threadRow.css);
  const all = vi.spyOn(Element.prototype, 'querySelectorAll');
  return () =>
    all.mock.calls.filter(([css], i) => {
      const self = all.mock.contexts[i] as Element;
      return rowCss.has(css) && self.matches('[aria-label="Thread list"]');
    }).length;
}

function start() {
  const adapter = createInstagramAdapter({ signal: launch.signal });
  return startContentRuntime({
    adapter: { ...adapter, isSupportedUrl: () => true },
    doc: document,
    signal: launch.signal,
    send,
    now: () => Date.UTC(2026, 10, 30, 12),
  });
}

/** Waits for the inbox half of the first pass (its own task, right after the thread's). */
const firstPassDone = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  asked = [];
  fromThread = [];
  vi.mocked(messageRow.parseMessageRow).mockClear();
  launch = new AbortController();
});
afterEach(() => {
  launch.abort();
  vi.restoreAllMocks();
});

const MATEO = 'Puedo hablar con una persona? Es urgente';
const mateoRow = () =>
  [...document.querySelectorAll('[aria-label="Thread list"] [role="button"]')].find((el) =>
    el.textContent.includes('Mateo'),
  );

describe('the runtime on an Instagram page', () => {
  it('reads the inbox once in a first pass with a thread open, and scans and marks every row', async () => {
    loadFixture('combined-2026', INES);
    const listings = countRowListings();
    start();
    await firstPassDone();
    expect(listings()).toBe(1);
    // The unread row's preview was sent, and the escalated row is marked.
    expect(asked).toContain(MATEO);
    await vi.waitFor(() =>
      expect(mateoRow()?.getAttribute('data-escalation-category')).toBe('human_request'),
    );
  });

  it('reads the inbox again when it changed between the two halves of the first pass', async () => {
    loadFixture('combined-2026', INES);
    const listings = countRowListings();
    start();
    const before = listings();
    const preview = mateoRow()?.querySelectorAll('[dir="auto"]')[1];
    if (preview) preview.textContent = 'Alguém me responde? · 1 min';
    await firstPassDone();
    expect(listings()).toBe(before + 1);
    expect(asked).toContain('Alguém me responde?');
  });

  it('a new message after the first pass reads the inbox from its changes, not from scratch', async () => {
    loadFixture('combined-2026', INES);
    const listings = countRowListings();
    start();
    await firstPassDone();
    const preview = mateoRow()?.querySelectorAll('[dir="auto"]')[1];
    if (preview) preview.textContent = 'Alguém me responde? · 1 min';
    await vi.waitFor(() => expect(asked).toContain('Alguém me responde?'));
    expect(listings()).toBe(1);
  });

  it('a new chat’s row is checked against the inbox alone, not every row again', async () => {
    loadFixture('combined-2026', INES);
    start();
    await firstPassDone();
    const row = mateoRow() as Element;
    const list = row.parentElement as Element;
    const fresh = row.cloneNode(true) as Element;
    for (const el of fresh.querySelectorAll('[dir="auto"]')) el.textContent = 'Zoe Brandt';
    (fresh.querySelectorAll('[dir="auto"]')[1] as Element).textContent = 'a first message · 1 min';
    const contains = vi.spyOn(Node.prototype, 'contains');
    list.prepend(fresh);
    await vi.waitFor(() => expect(asked).toContain('a first message'));
    // Whether a row lies inside the inbox is asked of the new row alone.
    const rows = new Set(list.children);
    const rowChecks = contains.mock.calls.filter(([node]) => rows.has(node as Element));
    expect(rowChecks.map(([node]) => node)).toEqual([fresh]);
  });

  it('reads the inbox once when no thread is open (health check and inbox in one task)', async () => {
    loadFixture('combined-2026', '/direct/inbox/');
    document.querySelector('[role="main"]')?.replaceChildren();
    const listings = countRowListings();
    start();
    expect(listings()).toBe(1);
    expect(asked).toContain(MATEO);
    await vi.waitFor(() =>
      expect(mateoRow()?.getAttribute('data-escalation-category')).toBe('human_request'),
    );
  });

  /** How many times the first pass parsed each row of the open thread (rows never parsed left out). */
  function parsesPerRow(): number[] {
    const counts = new Map<Element, number>();
    for (const [row] of vi.mocked(messageRow.parseMessageRow).mock.calls)
      counts.set(row, (counts.get(row) ?? 0) + 1);
    return [...counts.values()];
  }

  it('parses each row of the open thread once in a first pass: the group decision’s rows are the read’s', async () => {
    loadFixture('combined-2026', INES);
    // The newest block grows to 30 customer messages, so that deciding whether the thread is a
    // group parses 30 rows (no sender name among them) before the read hands them over.
    const rows = messageRows(new ThreadLocator().findContainer(document)!);
    const sample = rows.findLast((row) => row.querySelector('[role="presentation"] [dir="auto"]'))!;
    for (let i = 0; i < 30; i++) {
      const copy = sample.cloneNode(true) as HTMLElement;
      copy.querySelector('[role="presentation"] [dir="auto"]')!.textContent = `Pedido ${i}`;
      sample.after(copy);
    }
    start();
    await firstPassDone();
    expect(asked).toContain('Pedido 0');
    const parses = parsesPerRow();
    expect(parses.length).toBeGreaterThanOrEqual(30);
    expect(parses.every((n) => n === 1)).toBe(true);
  });

  it('parses each row of an open group thread once, and its messages go as a group’s', async () => {
    loadFixture('thread-group', '/direct/t/340282366841710300949128137443944319108/');
    start();
    await firstPassDone();
    expect(fromThread.length).toBeGreaterThan(0);
    expect(fromThread.every((c) => c.group === true)).toBe(true);
    const parses = parsesPerRow();
    expect(parses.length).toBeGreaterThan(0);
    expect(parses.every((n) => n === 1)).toBe(true);
  });
});
