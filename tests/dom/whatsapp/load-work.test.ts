// @vitest-environment jsdom
/**
 * What the WhatsApp adapter does at load (health check, open thread, banner anchor, inbox), counted
 * on the queries themselves: every querySelector / querySelectorAll is logged with the node it was
 * made on, so "the header is looked up once" or "the health check lists no inbox row" is checked
 * without timings.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createWhatsappAdapter } from '@/lib/platforms/whatsapp/adapter';
import { selectors } from '@/lib/platforms/whatsapp/selectors';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { loadPage } from './fixture';

interface Query {
  method: 'querySelector' | 'querySelectorAll';
  root: Node;
  css: string;
}

/** Every querySelector / querySelectorAll made on an element while `run` runs. */
function queries(run: () => void): Query[] {
  const log: Query[] = [];
  const spies = (['querySelector', 'querySelectorAll'] as const).map((method) => {
    const original: (this: Element, css: string) => unknown = Element.prototype[method];
    return vi.spyOn(Element.prototype, method).mockImplementation(function (
      this: Element,
      css: string,
    ) {
      log.push({ method, root: this, css });
      return original.call(this, css);
    } as never);
  });
  try {
    run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return log;
}

const main = () => document.querySelector<HTMLElement>('#main') as HTMLElement;
const chatList = () => document.querySelector('#pane-side [role="grid"]') as Element;
const isOne = (css: string, chain: { css: readonly string[] }) => chain.css.includes(css);

let adapter: PlatformAdapter;

beforeEach(() => {
  loadPage('tests/fixtures/pages/whatsapp.html');
  adapter = createWhatsappAdapter({ signal: new AbortController().signal });
});

/** The first pass's page lookups, in the runtime's order. */
function firstLookups(): void {
  expect(adapter.health(document)).toEqual({ state: 'connected' });
  expect(adapter.openThread(document)?.title).toBe('Carla Mendes');
  expect(adapter.bannerAnchor(document)).toBeDefined();
}

describe('whatsapp adapter at load', () => {
  it("lists #main's headers once for the health check, the open thread and the banner anchor", () => {
    const log = queries(firstLookups);
    const headerLists = log.filter(
      (q) => q.method === 'querySelectorAll' && q.root === main() && isOne(q.css, selectors.header),
    );
    expect(headerLists).toHaveLength(1);
  });

  it('looks for the subtitle inside the header only, not in all of #main', () => {
    const log = queries(firstLookups);
    const subtitle = log.filter((q) => isOne(q.css, selectors.headerSubtitle));
    expect(subtitle.length).toBeGreaterThan(0);
    for (const q of subtitle) expect(q.root).toBe(main().querySelector('header'));
  });

  it('health lists no inbox row: the first row tells whether rows and titles are found', () => {
    const log = queries(() => {
      expect(adapter.health(document)).toEqual({ state: 'connected' });
    });
    const rowLists = log.filter(
      (q) =>
        q.method === 'querySelectorAll' && q.root === chatList() && isOne(q.css, selectors.chatRow),
    );
    expect(rowLists).toHaveLength(0);
    const titleQueries = log.filter((q) => isOne(q.css, selectors.rowTitle));
    expect(new Set(titleQueries.map((q) => q.root)).size).toBe(1);
  });

  it('a header replaced inside the same #main is looked up again', () => {
    firstLookups();
    const header = main().querySelector('header') as HTMLElement;
    const copy = header.cloneNode(true) as HTMLElement;
    copy.querySelector('[data-testid="conversation-info-header-chat-title"]')!.textContent = 'Ana';
    header.replaceWith(copy);
    expect(adapter.openThread(document)?.title).toBe('Ana');
  });
});
