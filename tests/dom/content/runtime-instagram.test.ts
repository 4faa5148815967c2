// @vitest-environment jsdom
/**
 * The content runtime with the real Instagram adapter on the fixture that shows the inbox and an
 * open thread: Instagram's health check reads the whole inbox, so the first pass must not read it
 * a second time when nothing changed, and must still scan and mark every row.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startContentRuntime, type RuntimeDeps } from '@/lib/content/runtime';
import type { MessageData, MessageType } from '@/lib/messaging/protocol';
import { createInstagramAdapter } from '@/lib/platforms/instagram/adapter';
import { instagram } from '@/lib/platforms/instagram/selectors';
import { loadFixture } from '../instagram/fixture';

const INES = '/direct/e2ee/t/17849112233440001/';

/** Every customer text the runtime sent the background as a candidate, in order. */
let asked: string[] = [];

const send = (<K extends MessageType>(type: K, data: MessageData<K>) => {
  if (type === 'candidates:classify') {
    const batch = data as MessageData<'candidates:classify'>;
    asked.push(...batch.candidates.map((c) => c.text));
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
});
