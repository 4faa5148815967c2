// @vitest-environment jsdom
/**
 * A first look at a thread makes the keys of the messages it hands over and no others: the rows
 * of the newest block above the window are still counted (a key says how many identical messages
 * follow the same break before it), but their keys are never made. Counted here: the calls to
 * messageKey, and the keys themselves against a whole read's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInstagramAdapter } from '../../../lib/platforms/instagram/adapter';
import * as keys from '../../../lib/platforms/instagram/keys';
import type { OpenThread, PageChanges, PlatformAdapter } from '../../../lib/platforms/types';
import { recordPageChanges } from '../../shared/page-changes';
import { loadFixture, messageRows, wholeAdapter } from './fixture';

vi.mock('../../../lib/platforms/instagram/keys', async (importOriginal) => {
  const actual = await importOriginal<typeof keys>();
  return { ...actual, messageKey: vi.fn(actual.messageKey) };
});

const SAM = '/direct/t/17842340125581234/';

function openIn(adapter: Pick<PlatformAdapter, 'openThread'>, doc: Document): OpenThread {
  const thread = adapter.openThread(doc);
  if (!thread) throw new Error('no open thread');
  return thread;
}

/**
 * Puts `count` customer messages right after today's break (copies of its first text row), so
 * the newest block holds them above the owner's last reply; every third says the same.
 */
function growNewestBlock(doc: Document, count: number): void {
  const rows = messageRows(openIn(wholeAdapter(), doc).root);
  const today = rows.find((row) => row.textContent.includes('Today 10:02'));
  const sample = rows.find(
    (row, i) => i > rows.indexOf(today!) && row.querySelector('[role="presentation"] [dir="auto"]'),
  );
  if (!today || !sample) throw new Error('fixture changed: no break or text row');
  for (let i = count - 1; i >= 0; i--) {
    const copy = sample.cloneNode(true) as HTMLElement;
    copy.querySelector('[role="presentation"] [dir="auto"]')!.textContent =
      i % 3 === 0 ? 'Same again' : `Message ${i}`;
    today.after(copy);
  }
}

afterEach(() => {
  vi.mocked(keys.messageKey).mockClear();
});

describe('a first look at a thread', () => {
  it('makes the keys of the messages it hands over only, the same keys a whole read makes', () => {
    const doc = loadFixture('thread-2026', SAM);
    growNewestBlock(doc, 60);
    const whole = wholeAdapter();
    const all = whole.readMessages(openIn(whole, doc));
    const made = vi.mocked(keys.messageKey);
    made.mockClear();

    const adapter = createInstagramAdapter({ signal: new AbortController().signal });
    const read = adapter.readMessages(openIn(adapter, doc), {
      changes: undefined,
      stopAt: (m) => m.author === 'me',
      history: 2,
    });
    // The owner's last reply, the messages after it and two before it: not the block's 60 above.
    expect(read.messages.length).toBeLessThan(10);
    expect(made).toHaveBeenCalledTimes(read.messages.length);
    expect(read.messages).toEqual(all.slice(-read.messages.length));
    // Repeats above the window are counted: the keys of "Same again" are all different.
    const same = all.filter((m) => m.text === 'Same again').map((m) => m.key);
    expect(new Set(same).size).toBe(20);
  });

  it('hands a later message its whole history, built then for the messages it had not built', () => {
    const doc = loadFixture('thread-2026', SAM);
    growNewestBlock(doc, 12);
    const adapter = createInstagramAdapter({ signal: new AbortController().signal });
    const read = (changes: PageChanges | undefined, history: number) =>
      adapter.readMessages(openIn(adapter, doc), {
        changes,
        stopAt: (m) => m.author === 'me',
        history,
      });
    const first = read(undefined, 0);
    const take = recordPageChanges(doc).take;
    const append = () => {
      const rows = messageRows(openIn(adapter, doc).root);
      const copy = rows.find((row) => row.textContent.includes('Same again'))!.cloneNode(true);
      rows.at(-1)!.before(copy); // above the "Seen" line, as Instagram inserts it
    };
    append();
    read(take(), 0);
    append();
    // A longer history than before reaches messages above the first look's window.
    const third = read(take(), first.messages.length + 4);
    const whole = wholeAdapter();
    const all = whole.readMessages(openIn(whole, doc));
    expect(third.messages).toEqual(all.slice(-third.messages.length));
    expect(third.messages).toHaveLength(first.messages.length + 5);
  });
});
