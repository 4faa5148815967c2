// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withFakeTimers } from '../../shared/fake-timers';
import type { Classification, ClassifierInput } from '@/lib/classifier/types';
import { reportFor } from '@/lib/background/candidates';
import { isOwnersEvent } from '@/lib/content/banner';
import { startContentRuntime, type RuntimeDeps } from '@/lib/content/runtime';
import { checkPayload } from '@/lib/messaging/guards';
import type {
  Candidate,
  CandidateOutcome,
  MessageData,
  MessageType,
  OpenMark,
} from '@/lib/messaging/protocol';
import { HELD_ANSWER_LOST } from '@/lib/messaging/protocol';
import type { SendOptions } from '@/lib/messaging';
import type { InboxRow, OpenThread, PageHealth, PlatformAdapter } from '@/lib/platforms/types';
import { groupReasons } from '@/lib/reasons';
import { defaultSettings } from '@/lib/settings/defaults';
import { toClassifierConfig } from '@/lib/settings/validate';
import { incrementalFromWhole } from '@/lib/platforms/whole-reads';
import { browser } from 'wxt/browser';

/** A tiny page and an adapter over it: rows are <li data-key>, the thread is <main data-key>. */
function page(html: string) {
  document.body.innerHTML = html;
}

let health: PageHealth = { state: 'connected' };

const reads = incrementalFromWhole({
  inboxRows: (doc): InboxRow[] =>
    [...doc.querySelectorAll<HTMLElement>('li[data-key]')].map((el) => ({
      element: el,
      threadKey: el.dataset['key'] ?? '',
      title: el.dataset['title'] ?? '',
      preview: el.textContent,
      previewFromMe: false,
      unreadCount: el.hasAttribute('data-unread') ? 1 : 0,
      muted: false,
      group: false,
    })),
  allMessages: (thread) =>
    [...thread.root.querySelectorAll<HTMLElement>('p[data-id]')].map((p) => ({
      key: p.dataset['id'] ?? '',
      threadKey: thread.threadKey,
      author: p.classList.contains('out') ? ('me' as const) : ('them' as const),
      text: p.textContent,
      hasMedia: false,
    })),
});

const adapter: PlatformAdapter = {
  platform: 'whatsapp',
  isSupportedUrl: () => true,
  health: () => health,
  observeTargets: (doc) => [doc.body],
  readInbox: (doc, changes) => reads.readInbox(doc, changes),
  openThread: (doc): OpenThread | undefined => {
    const root = doc.querySelector<HTMLElement>('main[data-key]');
    return root
      ? {
          threadKey: root.dataset['key'] ?? '',
          title: root.dataset['title'] ?? '',
          group: false,
          root,
        }
      : undefined;
  },
  readMessages: (thread, request) => reads.readMessages(thread, request),
  composer: (doc) => doc.querySelector<HTMLElement>('[contenteditable]') ?? undefined,
  bannerAnchor: (doc) => doc.querySelector('main[data-key] section') ?? undefined,
};

const classify = (input: ClassifierInput): Classification =>
  /person/i.test(input.text)
    ? {
        escalate: true,
        category: 'human_request',
        categories: ['human_request'],
        score: 0.9,
        lang: 'en',
        reasons: ["asks for a person: 'a person'"],
      }
    : { escalate: false, category: null, categories: [], score: 0, lang: 'en', reasons: [] };

const NOW = Date.UTC(2026, 10, 26, 12, 0);
const bgSettings = { ...defaultSettings('UTC'), ownerName: 'Marta' };

/**
 * A fake background: classifies candidates with the stand-in classifier and the background's own
 * report building, stores escalations as open marks, answers listOpen (and a batch that logged an
 * escalation with the open marks), records everything sent.
 */
function fakeBackground() {
  const sent: { type: MessageType; data: unknown }[] = [];
  const open: OpenMark[] = [];
  const candidates: Candidate[] = [];
  const send = vi.fn(<K extends MessageType>(type: K, data: MessageData<K>) => {
    sent.push({ type, data });
    if (type === 'candidates:classify') {
      const batch = data as MessageData<'candidates:classify'>;
      candidates.push(...batch.candidates);
      const outcomes = batch.candidates.map((candidate): CandidateOutcome => {
        const r = reportFor(candidate, {
          platform: batch.platform,
          settings: bgSettings,
          config: toClassifierConfig(bgSettings),
          classify,
          now: NOW,
        });
        if (!r) return 'none';
        open.push({
          id: open.length + 1,
          threadKey: r.threadKey,
          category: r.category,
          categories: r.categories,
          reasonGroups: groupReasons(r),
          customer: r.customer,
          draft: r.draft,
        });
        return 'created';
      });
      // Like the background: a batch that logged an escalation is answered with the open ones.
      return Promise.resolve(
        outcomes.includes('created') ? { outcomes, open: [...open] } : { outcomes },
      );
    }
    if (type === 'escalation:listOpen') return Promise.resolve([...open]);
    if (type === 'escalation:close') {
      const id = (data as { id: number }).id;
      open.splice(
        open.findIndex((m) => m.id === id),
        1,
      );
    }
    return Promise.resolve(null);
  }) as unknown as RuntimeDeps['send'];
  return { sent, open, candidates, send };
}

const running: AbortController[] = [];

/**
 * jsdom cannot produce trusted events (a real click or key press), so these tests accept the
 * synthetic clicks they make; the test of the guard itself keeps the browser's `isTrusted`.
 */
function start(
  send: RuntimeDeps['send'],
  controller = new AbortController(),
  trustedEvent: RuntimeDeps['trustedEvent'] = () => true,
) {
  running.push(controller);
  const runtime = startContentRuntime({
    adapter,
    doc: document,
    signal: controller.signal,
    send,
    now: () => NOW,
    trustedEvent,
  });
  return { runtime, controller };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An inbox of 40 routine rows (t0…t39) under one unread row from Ana asking for a person. */
function pageOfFortyRowsAndAna() {
  const rowsHtml = Array.from(
    { length: 40 },
    (_, i) => `<li data-key="t${i}" data-title="T${i}">hi ${i}</li>`,
  ).join('');
  page(`<ul><li data-key="a" data-title="Ana" data-unread>a person please</li>${rowsHtml}</ul>`);
}

/** The scheduler's wait before a failed pass is tried again: twice its 120 ms debounce. */
const RETRY_FIRST_MS = 240;

/** A thread open with one message, and one unread inbox row beside it. */
const openThreadPage = () =>
  page(
    `<ul><li data-key="b" data-title="Bo" data-unread>hi</li></ul>` +
      `<main data-key="a" data-title="Ana"><section></section><p data-id="1">hello</p></main>`,
  );

/**
 * The banner's shadow root is closed, so `host.shadowRoot` is null; the test keeps the roots its
 * own code attaches (the content runtime runs in the test's world here, unlike in a browser where
 * content scripts have their own).
 */
const closedRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  closedRoots.set(this, root);
  return root;
};
const bannerHost = () => document.querySelector('[data-escalation-ui="banner"]');
const bannerRoot = () => {
  const host = bannerHost();
  return host ? closedRoots.get(host) : undefined;
};

afterEach(() => {
  for (const controller of running.splice(0)) controller.abort();
  health = { state: 'connected' };
  document.body.innerHTML = '';
});

describe('content runtime', () => {
  it('marks the row of an unread chat whose preview escalates, from the background’s answer', async () => {
    page(
      `<ul><li data-key="a" data-title="Ana" data-unread>I want a person</li><li data-key="b" data-title="Bo" data-unread>price?</li></ul>`,
    );
    const bg = fakeBackground();
    start(bg.send);
    await vi.waitFor(() => {
      expect(
        document.querySelector('li[data-key="a"]')?.getAttribute('data-escalation-category'),
      ).toBe('human_request');
    });
    expect(
      document.querySelector('li[data-key="b"]')?.hasAttribute('data-escalation-category'),
    ).toBe(false);
    expect(document.querySelector('li[data-key="a"]')?.getAttribute('aria-description')).toContain(
      'Escalation Radar',
    );
    // Both new previews went to the background in one batch; only the escalation is marked.
    expect(bg.sent.filter((m) => m.type === 'candidates:classify')).toHaveLength(1);
    expect(bg.candidates.map((c) => [c.threadKey, c.text, c.source])).toEqual([
      ['a', 'I want a person', 'preview'],
      ['b', 'price?', 'preview'],
    ]);
    expect(bg.open.map((m) => m.threadKey)).toEqual(['a']);
  });

  it('sends a new message of the open chat with the turns before it, and each message once', async () => {
    page(
      `<main data-key="a" data-title="Ana"><section></section><p data-id="1">hello</p><p data-id="2" class="out">hi Ana</p><p data-id="3">a person please</p></main>`,
    );
    const bg = fakeBackground();
    const { runtime } = start(bg.send);
    await vi.waitFor(() => expect(bg.open).toHaveLength(1));
    expect(bg.candidates).toEqual([
      expect.objectContaining({
        threadKey: 'a',
        customer: 'Ana',
        text: 'a person please',
        source: 'thread',
        history: [
          { from: 'customer', text: 'hello' },
          { from: 'owner', text: 'hi Ana' },
        ],
      }),
    ]);
    runtime.runOnce();
    await flush();
    expect(bg.candidates).toHaveLength(1);
  });

  it('shows the banner in the open chat with reasons and draft as text, and inserts the draft on click', async () => {
    page(
      `<main data-key="a" data-title="Ana Lima"><section></section><p data-id="1">&lt;b&gt;a person&lt;/b&gt; please</p><div contenteditable="true"></div></main>`,
    );
    const bg = fakeBackground();
    start(bg.send);
    await vi.waitFor(() => {
      expect(bannerRoot()?.querySelector('[data-testid="banner-reasons"]')?.textContent).toContain(
        'wrote “a person”',
      );
    });
    const root = bannerRoot();
    expect(root?.querySelector('[data-testid="banner-draft"]')?.textContent).toContain('Ana');
    expect(root?.querySelector('b')).toBeNull();
    // The banner sits right before the anchor the adapter named.
    expect(
      document.querySelector('[data-escalation-ui="banner"]')?.nextElementSibling?.tagName,
    ).toBe('SECTION');

    root?.querySelector<HTMLButtonElement>('[data-testid="banner-insert"]')?.click();
    expect(document.querySelector('[contenteditable]')?.textContent).toContain('Ana');
  });

  it('guards the banner against the page: closed shadow root, synthetic clicks ignored', async () => {
    page(
      `<ul><li data-key="a" data-title="Ana" data-unread>I want a person</li></ul><main data-key="a" data-title="Ana"><section></section><div contenteditable="true"></div></main>`,
    );
    const bg = fakeBackground();
    start(bg.send, new AbortController(), isOwnersEvent);
    await vi.waitFor(() =>
      expect(bannerRoot()?.querySelector('[data-testid="banner-insert"]')).toBeTruthy(),
    );
    // What a page script sees: a host without a reachable shadow root.
    expect(bannerHost()?.shadowRoot).toBeNull();
    // Even holding the buttons, a script's clicks do nothing.
    bannerRoot()?.querySelector<HTMLButtonElement>('[data-testid="banner-insert"]')?.click();
    bannerRoot()?.querySelector<HTMLButtonElement>('[data-testid="banner-resolve"]')?.click();
    bannerRoot()
      ?.querySelector('[data-testid="banner-dismiss"]')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await flush();
    expect(document.querySelector('[contenteditable]')?.textContent).toBe('');
    expect(bg.sent.some((m) => m.type === 'escalation:close')).toBe(false);
    expect(bg.open).toHaveLength(1);
  });

  it('asks before replacing text the owner already typed', async () => {
    page(
      `<main data-key="a" data-title="Ana"><section></section><p data-id="1">a person</p><div contenteditable="true">my own words</div></main>`,
    );
    start(fakeBackground().send);
    await vi.waitFor(() =>
      expect(bannerRoot()?.querySelector('[data-testid="banner-insert"]')).toBeTruthy(),
    );
    bannerRoot()?.querySelector<HTMLButtonElement>('[data-testid="banner-insert"]')?.click();
    await vi.waitFor(() =>
      expect(bannerRoot()?.querySelector('[data-testid="banner-keep"]')).toBeTruthy(),
    );
    expect(document.querySelector('[contenteditable]')?.textContent).toBe('my own words');
    bannerRoot()?.querySelector<HTMLButtonElement>('[data-testid="banner-keep"]')?.click();
    await vi.waitFor(() =>
      expect(bannerRoot()?.querySelector('[data-testid="banner-insert"]')).toBeTruthy(),
    );
    expect(document.querySelector('[contenteditable]')?.textContent).toBe('my own words');
  });

  it('Handled closes the escalation; the banner and the mark go away', async () => {
    page(
      `<ul><li data-key="a" data-title="Ana">x</li></ul><main data-key="a" data-title="Ana"><section></section><p data-id="1">a person</p></main>`,
    );
    const bg = fakeBackground();
    start(bg.send);
    await vi.waitFor(() =>
      expect(bannerRoot()?.querySelector('[data-testid="banner-resolve"]')).toBeTruthy(),
    );
    expect(document.querySelector('li')?.getAttribute('data-escalation-category')).toBe(
      'human_request',
    );
    bannerRoot()?.querySelector<HTMLButtonElement>('[data-testid="banner-resolve"]')?.click();
    await vi.waitFor(() =>
      expect(document.querySelector('[data-escalation-ui="banner"]')).toBeNull(),
    );
    expect(document.querySelector('li')?.hasAttribute('data-escalation-category')).toBe(false);
    expect(bg.sent).toContainEqual({
      type: 'escalation:close',
      data: { id: 1, status: 'resolved' },
    });
  });

  it('reports health once per change and shows nothing while the page is not recognised', async () => {
    health = { state: 'unrecognised', missing: ['chatList'] };
    page(`<ul><li data-key="a" data-title="Ana" data-unread>a person</li></ul>`);
    const bg = fakeBackground();
    const { runtime } = start(bg.send);
    runtime.runOnce();
    await flush();
    const healthMessages = () =>
      bg.sent.filter((m) => m.type === 'adapter:health').map((m) => m.data);
    expect(healthMessages()).toEqual([
      { platform: 'whatsapp', health: { state: 'unrecognised', missing: ['chatList'] } },
    ]);
    expect(bg.sent.some((m) => m.type === 'candidates:classify')).toBe(false);

    health = { state: 'connected' };
    runtime.runOnce();
    await vi.waitFor(() =>
      expect(document.querySelector('li')?.getAttribute('data-escalation-category')).toBe(
        'human_request',
      ),
    );
    expect(healthMessages()).toHaveLength(2);
  });

  it('retries a report the background did not acknowledge', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    page(`<ul><li data-key="a" data-title="Ana" data-unread>a person</li></ul>`);
    const bg = fakeBackground();
    let failures = 1;
    const flaky = ((type: MessageType, data: never) => {
      if (type === 'candidates:classify' && failures-- > 0)
        return Promise.reject(new Error('Could not establish connection'));
      return bg.send(type, data);
    }) as RuntimeDeps['send'];
    start(flaky);
    await vi.advanceTimersByTimeAsync(3000);
    vi.useRealTimers();
    expect(bg.open).toHaveLength(1);
  });

  it('keeps retrying for as long as the tab lives, however long the background is unreachable', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    page(`<ul><li data-key="a" data-title="Ana" data-unread>a person</li></ul>`);
    const bg = fakeBackground();
    let reachable = false;
    const attempts: number[] = [];
    const flaky = ((type: MessageType, data: never) => {
      if (type === 'candidates:classify') {
        attempts.push(Date.now());
        if (!reachable) return Promise.reject(new Error('Could not establish connection'));
      }
      return bg.send(type, data);
    }) as RuntimeDeps['send'];
    start(flaky);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    const during = attempts.length;
    reachable = true;
    await vi.advanceTimersByTimeAsync(61_000);
    vi.useRealTimers();
    expect(bg.open).toHaveLength(1);
    // Backoff: a handful of attempts over five minutes, not one every half second.
    expect(during).toBeGreaterThan(5);
    expect(during).toBeLessThan(20);
  });

  it('a report the background has not acknowledged is not forgotten: the next pass sends it again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    page(`<ul><li data-key="a" data-title="Ana" data-unread>a person</li></ul>`);
    const bg = fakeBackground();
    let reachable = false;
    const flaky = ((type: MessageType, data: never) => {
      if (type === 'candidates:classify' && !reachable)
        return Promise.reject(new Error('Could not establish connection'));
      return bg.send(type, data);
    }) as RuntimeDeps['send'];
    const controller = new AbortController();
    running.push(controller);
    const runtime = startContentRuntime({
      adapter,
      doc: document,
      signal: controller.signal,
      send: flaky,
      now: () => Date.now(),
    });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(bg.open).toHaveLength(0);
    // The next backoff attempt is far off; a pass over the changed page retries at once.
    reachable = true;
    runtime.runOnce();
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.open).toHaveLength(1);
    // Acknowledged: later passes do not report it again.
    await vi.advanceTimersByTimeAsync(2000);
    runtime.runOnce();
    await vi.advanceTimersByTimeAsync(0);
    vi.useRealTimers();
    // The fake background logs every report it receives: still exactly one.
    expect(bg.open).toHaveLength(1);
  });

  it('a thread name longer than a report may carry is still reported, marked and bannered', async () => {
    const title = 'Grupo 🎉 '.repeat(80);
    const key = `wa:title:${title}`;
    page(
      `<ul><li data-key="${key}" data-title="${title}" data-unread>I want a person</li></ul><main data-key="${key}" data-title="${title}"><section></section><p data-id="m1">a person please</p></main>`,
    );
    const bg = fakeBackground();
    start(bg.send);
    await vi.waitFor(() =>
      expect(document.querySelector('li')?.getAttribute('data-escalation-category')).toBe(
        'human_request',
      ),
    );
    await vi.waitFor(() => expect(bannerRoot()?.textContent).toContain('a person'));
    const batches = bg.sent.filter((m) => m.type === 'candidates:classify');
    expect(batches.length).toBeGreaterThan(0);
    for (const b of batches) {
      expect(() => checkPayload('candidates:classify', b.data)).not.toThrow();
    }
  });

  it('a new message in the open thread re-reads the thread, not the inbox', async () => {
    page(
      `<ul><li data-key="b" data-title="Bo">hi</li></ul><main data-key="a" data-title="Ana"><section></section><p data-id="1">hello</p></main>`,
    );
    const inboxRows = vi.spyOn(adapter, 'readInbox');
    const readMessages = vi.spyOn(adapter, 'readMessages');
    const bg = fakeBackground();
    start(bg.send);
    await flush();
    const listReads = inboxRows.mock.calls.length;
    const threadReads = readMessages.mock.calls.length;
    const p = document.createElement('p');
    p.dataset['id'] = '2';
    p.textContent = 'I need a person now';
    document.querySelector('main')?.append(p);
    await vi.waitFor(() => expect(bg.open).toHaveLength(1));
    expect(readMessages.mock.calls.length).toBeGreaterThan(threadReads);
    expect(inboxRows.mock.calls.length).toBe(listReads);
  });

  it('a first pass with a thread open reads the thread first and the inbox in a task of its own, missing nothing', async () => {
    page(
      `<ul><li data-key="b" data-title="Bo" data-unread>I want a person</li><li data-key="c" data-title="Cy">hi</li></ul>` +
        `<main data-key="a" data-title="Ana"><section></section><p data-id="1">a person please</p></main>`,
    );
    const inboxReads = vi.spyOn(adapter, 'readInbox');
    const readMessages = vi.spyOn(adapter, 'readMessages');
    const bg = fakeBackground();
    start(bg.send);
    // The thread's task: its messages read, the inbox not yet; nothing asked of the background
    // while the first pass runs.
    expect(readMessages).toHaveBeenCalledTimes(1);
    expect(inboxReads).not.toHaveBeenCalled();
    expect(bg.sent).toEqual([]);
    await flush();
    // The inbox's task: every row read once; then what the pass asked goes, in the order asked
    // (the open escalations, the page's health, the thread's message, the unread preview).
    expect(inboxReads).toHaveBeenCalledTimes(1);
    expect(bg.sent.map((m) => m.type)).toEqual([
      'escalation:listOpen',
      'adapter:health',
      'candidates:classify',
      'candidates:classify',
    ]);
    expect(bg.candidates.map((c) => c.text)).toEqual(['a person please', 'I want a person']);
    await vi.waitFor(() =>
      expect(
        document.querySelector('li[data-key="b"]')?.getAttribute('data-escalation-category'),
      ).toBe('human_request'),
    );
    await vi.waitFor(() => expect(bannerRoot()?.querySelector('.banner')).toBeTruthy());
  });

  it('a first pass whose thread read throws lets what it asked go, is logged, and is read again later', () =>
    withFakeTimers(async (errors) => {
      openThreadPage();
      vi.spyOn(adapter, 'readMessages').mockImplementationOnce(() => {
        throw new Error('page mid-render');
      });
      const bg = fakeBackground();
      start(bg.send);
      expect(errors).toHaveBeenCalledWith(
        '[escalation-radar]',
        'content',
        expect.objectContaining({ message: 'page mid-render' }),
      );
      await vi.advanceTimersByTimeAsync(0);
      // Asked before the throw: the open escalations and the page's health.
      expect(bg.sent.map((m) => m.type)).toEqual(['escalation:listOpen', 'adapter:health']);
      // The page is read again although nothing changed, and watched from then on.
      await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
      expect(bg.candidates.map((c) => c.text).sort()).toEqual(['hello', 'hi']);
      const row = document.createElement('p');
      row.setAttribute('data-id', '2');
      row.textContent = 'one more thing';
      document.querySelector('main')?.append(row);
      await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
      expect(bg.candidates.map((c) => c.text).slice(2)).toEqual(['one more thing']);
      expect(errors).toHaveBeenCalledTimes(1);
    }));

  it('a first pass whose inbox task throws lets what it asked go, is logged, and is read again later', () =>
    withFakeTimers(async (errors) => {
      openThreadPage();
      vi.spyOn(adapter, 'readInbox').mockImplementationOnce(() => {
        throw new Error('page mid-render');
      });
      const bg = fakeBackground();
      start(bg.send);
      expect(bg.sent).toEqual([]);
      vi.advanceTimersByTime(0);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(bg.sent.map((m) => m.type)).toEqual([
        'escalation:listOpen',
        'adapter:health',
        'candidates:classify',
      ]);
      expect(bg.candidates.map((c) => c.text)).toEqual(['hello']);
      // The inbox is read again although nothing changed: its unread preview is classified.
      await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
      expect(bg.candidates.map((c) => c.text)).toEqual(['hello', 'hi']);
      expect(errors).toHaveBeenCalledTimes(1);
    }));

  it('what the first pass holds fails when the script is aborted before it ends, and nothing goes', async () => {
    openThreadPage();
    const bg = fakeBackground();
    const { runtime, controller } = start(bg.send);
    const marks = runtime.refreshMarks();
    controller.abort();
    await expect(marks).rejects.toThrow('disconnected');
    await flush();
    expect(bg.sent).toEqual([]);
  });

  it('a page forgotten before the inbox half of the first pass runs is not read', async () => {
    page(
      `<ul><li data-key="b" data-title="Bo" data-unread>I want a person</li></ul>` +
        `<main data-key="a" data-title="Ana"><section></section><p data-id="1">hello</p></main>`,
    );
    const inboxReads = vi.spyOn(adapter, 'readInbox');
    const bg = fakeBackground();
    const { runtime } = start(bg.send);
    health = { state: 'logged_out' };
    runtime.runOnce();
    await flush();
    expect(inboxReads).not.toHaveBeenCalled();
    expect(bg.candidates.map((c) => c.text)).toEqual(['hello']);
  });

  it('a pass that changes nothing the banner shows does not draw it again', async () => {
    page(
      `<main data-key="a" data-title="Ana"><section></section><p data-id="1">a person please</p></main>`,
    );
    const bg = fakeBackground();
    start(bg.send);
    await vi.waitFor(() => expect(bannerRoot()?.querySelector('.banner')).toBeTruthy());
    const getMessage = vi.spyOn(browser.i18n, 'getMessage');
    getMessage.mockClear(); // the fake browser's getMessage is already a mock
    const p = document.createElement('p');
    p.dataset['id'] = '2';
    p.textContent = 'thanks';
    document.querySelector('main')?.append(p);
    await vi.waitFor(() => expect(bg.candidates.map((c) => c.text)).toContain('thanks'));
    await flush();
    // Reasons and labels are worded through i18n only when the banner is drawn.
    expect(getMessage).not.toHaveBeenCalled();
    expect(bannerRoot()?.querySelector('.banner')).toBeTruthy();
    // A change it shows (the owner's interface turning dark) draws it again.
    document.body.classList.add('dark');
    document.querySelector('main')?.append(document.createElement('i'));
    await vi.waitFor(() => expect(bannerHost()?.getAttribute('data-theme')).toBe('dark'));
    expect(getMessage).toHaveBeenCalled();
  });

  it('a new message under a banner or "Needs me" still in place looks up no anchor', async () => {
    for (const first of ['a person please', 'hello']) {
      page(
        `<main data-key="a" data-title="Ana"><section></section><p data-id="1">${first}</p></main>`,
      );
      const ui = first === 'hello' ? 'needs-me' : 'banner';
      const anchors = vi.spyOn(adapter, 'bannerAnchor');
      const bg = fakeBackground();
      const { runtime } = start(bg.send);
      await vi.waitFor(() =>
        expect(document.querySelector(`[data-escalation-ui="${ui}"]`)).toBeTruthy(),
      );
      await flush();
      anchors.mockClear();
      for (let id = 2; id < 5; id++) {
        const p = document.createElement('p');
        p.dataset['id'] = String(id);
        p.textContent = `thanks ${id}`;
        document.querySelector('main')?.append(p);
        runtime.runOnce();
        await flush();
      }
      expect(bg.candidates.map((c) => c.text)).toContain('thanks 4');
      expect(anchors).not.toHaveBeenCalled();
      // The anchor replaced by the site: looked up again, drawn before the new one.
      const section = document.createElement('section');
      document.querySelector('main section')?.replaceWith(section);
      runtime.runOnce();
      await flush();
      expect(anchors).toHaveBeenCalled();
      expect(document.querySelector(`[data-escalation-ui="${ui}"]`)?.nextElementSibling).toBe(
        section,
      );
      anchors.mockRestore();
      for (const controller of running.splice(0)) controller.abort();
    }
  });

  it('"Needs me" on a chat it did not flag sends the owner’s verdict and the message as a candidate with that category', async () => {
    page(
      `<main data-key="a" data-title="Ana"><section></section><p data-id="1" class="out">your bread is ready</p><p data-id="2">it was still frozen inside</p></main>`,
    );
    const bg = fakeBackground();
    start(bg.send);
    const needsMeRoot = () =>
      document.querySelector('[data-escalation-ui="needs-me"]')?.shadowRoot ?? undefined;
    await vi.waitFor(() =>
      expect(needsMeRoot()?.querySelector('[data-testid="needs-me"]')).toBeTruthy(),
    );
    // The message went to the background and did not escalate: nothing stored, no banner.
    expect(bg.candidates.map((c) => c.text)).toEqual(['it was still frozen inside']);
    expect(bg.open).toHaveLength(0);
    needsMeRoot()?.querySelector<HTMLButtonElement>('[data-testid="needs-me"]')?.click();
    needsMeRoot()?.querySelector<HTMLButtonElement>('[data-testid="needs-me-complaint"]')?.click();
    await vi.waitFor(() => expect(bannerRoot()?.querySelector('.banner')).toBeTruthy());
    expect(bg.sent.find((m) => m.type === 'verdict:needsMe')?.data).toEqual({
      platform: 'whatsapp',
      customer: 'Ana',
      text: 'it was still frozen inside',
      history: [{ from: 'owner', text: 'your bread is ready' }],
      category: 'complaint',
    });
    expect(bg.candidates.at(-1)).toMatchObject({
      text: 'it was still frozen inside',
      needsMe: 'complaint',
      history: [{ from: 'owner', text: 'your bread is ready' }],
    });
    expect(bg.open.map((m) => m.category)).toEqual(['complaint']);
    expect(document.querySelector('[data-escalation-ui="needs-me"]')).toBeNull();
  });

  it('"Needs me" after new messages and a reply of the owner’s sends the customer’s message with each earlier turn once', async () => {
    page(
      `<main data-key="a" data-title="Ana"><section></section><p data-id="1" class="out">your bread is ready</p><p data-id="2">it was still frozen inside</p></main>`,
    );
    const bg = fakeBackground();
    start(bg.send);
    await flush();
    const main = document.querySelector('main');
    // Each message in a pass of its own (the scheduler's 120 ms timer).
    const say = async (id: string, text: string, out = false) => {
      const p = document.createElement('p');
      p.dataset['id'] = id;
      p.textContent = text;
      if (out) p.className = 'out';
      main?.append(p);
      await new Promise((resolve) => setTimeout(resolve, 400));
    };
    await say('3', 'and the box was open');
    await say('4', 'I want my money back');
    await say('5', 'let me check with the bakery', true);
    expect(bg.candidates.map((c) => c.text)).toEqual([
      'it was still frozen inside',
      'and the box was open',
      'I want my money back',
    ]);
    const needsMeRoot = () =>
      document.querySelector('[data-escalation-ui="needs-me"]')?.shadowRoot ?? undefined;
    await vi.waitFor(() =>
      expect(needsMeRoot()?.querySelector('[data-testid="needs-me"]')).toBeTruthy(),
    );
    needsMeRoot()?.querySelector<HTMLButtonElement>('[data-testid="needs-me"]')?.click();
    needsMeRoot()?.querySelector<HTMLButtonElement>('[data-testid="needs-me-complaint"]')?.click();
    await vi.waitFor(() => expect(bg.sent.some((m) => m.type === 'verdict:needsMe')).toBe(true));
    expect(bg.sent.find((m) => m.type === 'verdict:needsMe')?.data).toMatchObject({
      text: 'I want my money back',
      history: [
        { from: 'owner', text: 'your bread is ready' },
        { from: 'customer', text: 'it was still frozen inside' },
        { from: 'customer', text: 'and the box was open' },
      ],
    });
  });

  it('fetches the open escalations again after half an hour, so the promise’s "today" stays right', async () => {
    page(`<ul><li data-key="b" data-title="Bo">hi</li></ul>`);
    const bg = fakeBackground();
    let clock = NOW;
    const controller = new AbortController();
    running.push(controller);
    const runtime = startContentRuntime({
      adapter,
      doc: document,
      signal: controller.signal,
      send: bg.send,
      now: () => clock,
    });
    await flush();
    const lists = () => bg.sent.filter((m) => m.type === 'escalation:listOpen').length;
    const before = lists();
    clock += 10 * 60_000;
    runtime.runOnce();
    await flush();
    expect(lists()).toBe(before);
    clock += 25 * 60_000;
    runtime.runOnce();
    await flush();
    expect(lists()).toBe(before + 1);
  });

  it('a batch that logged an escalation marks its row from the answer: one request in all', async () => {
    page(`<ul><li data-key="b" data-title="Bo" data-unread>price?</li></ul>`);
    const bg = fakeBackground();
    const { runtime } = start(bg.send);
    const lists = () => bg.sent.filter((m) => m.type === 'escalation:listOpen').length;
    const batches = () => bg.sent.filter((m) => m.type === 'candidates:classify').length;
    await vi.waitFor(() => expect(batches()).toBe(1));
    await flush();
    // The start-up fetch only: a routine preview changes no mark.
    expect(lists()).toBe(1);
    page(
      `<ul><li data-key="b" data-title="Bo" data-unread>price?</li><li data-key="a" data-title="Ana" data-unread>I want a person</li></ul>`,
    );
    runtime.runOnce();
    await vi.waitFor(() => {
      expect(
        document.querySelector('li[data-key="a"]')?.getAttribute('data-escalation-category'),
      ).toBe('human_request');
    });
    await flush();
    expect([batches(), lists()]).toEqual([2, 1]);
  });

  it('an answer with open marks that comes while a fetch is under way is followed by one more fetch', async () => {
    page(`<ul><li data-key="a" data-title="Ana" data-unread>I want a person</li></ul>`);
    const bg = fakeBackground();
    // The start-up fetch is answered only after the batch, with the log as it was before it.
    let answerFetch: (open: OpenMark[]) => void = () => undefined;
    const send = ((type: MessageType, data: never) =>
      type === 'escalation:listOpen' && bg.sent.length === 0
        ? (bg.sent.push({ type, data }),
          new Promise<OpenMark[]>((resolve) => {
            answerFetch = resolve;
          }))
        : bg.send(type, data)) as RuntimeDeps['send'];
    start(send);
    const lists = () => bg.sent.filter((m) => m.type === 'escalation:listOpen').length;
    await vi.waitFor(() => expect(bg.open).toHaveLength(1));
    await flush();
    answerFetch([]);
    await vi.waitFor(() => {
      expect(
        document.querySelector('li[data-key="a"]')?.getAttribute('data-escalation-category'),
      ).toBe('human_request');
    });
    expect(lists()).toBe(2);
  });

  /** Counts the hosts of injected UI (banner, "Needs me") inserted into the page, by kind. */
  function countHostInsertions() {
    const inserted: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement && node.tagName === 'DIV')
            inserted.push(node.getAttribute('data-escalation-ui') ?? '');
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return {
      inserted: () => {
        for (const record of observer.takeRecords())
          for (const node of record.addedNodes)
            if (node instanceof HTMLElement && node.tagName === 'DIV')
              inserted.push(node.getAttribute('data-escalation-ui') ?? '');
        return inserted;
      },
      stop: () => {
        observer.disconnect();
      },
    };
  }

  it('at load, a thread whose new message escalates gets its banner once, never "Needs me" first', async () => {
    page(
      `<ul><li data-key="b" data-title="Bo">hi</li></ul>` +
        `<main data-key="a" data-title="Ana"><section></section><p data-id="1">a person please</p></main>`,
    );
    const hosts = countHostInsertions();
    const bg = fakeBackground();
    start(bg.send);
    await vi.waitFor(() => expect(bannerRoot()?.querySelector('.banner')).toBeTruthy());
    await flush();
    expect(hosts.inserted()).toEqual(['banner']);
    hosts.stop();
  });

  it('reads the words of the banner and of "Needs me" when each is first drawn, not at start', async () => {
    const getMessage = vi.spyOn(browser.i18n, 'getMessage');
    const asked = () => getMessage.mock.calls.map(([key]) => key);
    for (const [text, drawn, other] of [
      ['see you tomorrow', 'needsMe_button', 'banner_insert'],
      ['a person please', 'banner_insert', 'needsMe_button'],
    ] as const) {
      page(
        `<main data-key="a" data-title="Ana"><section></section><p data-id="1">${text}</p></main>`,
      );
      getMessage.mockClear();
      const { controller } = start(fakeBackground().send);
      // The first pass has run: nothing is drawn yet, and no interface text was read for it.
      expect(asked()).toEqual([]);
      await vi.waitFor(() => expect(asked()).toContain(drawn));
      await flush();
      expect(asked()).not.toContain(other);
      controller.abort();
    }
  });

  it('"Needs me" waits for the background’s answer on the open thread’s messages, then is drawn once', async () => {
    page(
      `<main data-key="a" data-title="Ana"><section></section><p data-id="1">see you tomorrow</p></main>`,
    );
    const hosts = countHostInsertions();
    const bg = fakeBackground();
    let answer: (() => void) | undefined;
    const send = ((type: MessageType, data: never) => {
      if (type !== 'candidates:classify') return bg.send(type, data);
      return new Promise((resolve) => {
        answer = () => {
          resolve(bg.send(type, data));
        };
      });
    }) as RuntimeDeps['send'];
    start(send);
    await flush();
    await flush();
    // The open escalations are known, the thread's message is not answered yet: nothing drawn.
    expect(bg.sent.map((m) => m.type)).toContain('escalation:listOpen');
    expect(hosts.inserted()).toEqual([]);
    answer?.();
    await vi.waitFor(() => expect(hosts.inserted()).toEqual(['needs-me']));
    await flush();
    expect(hosts.inserted()).toEqual(['needs-me']);
    hosts.stop();
  });

  it('while a switched-to thread’s messages wait for the background, the banner of the thread before is gone', async () => {
    page(
      `<main data-key="a" data-title="Ana"><section></section><p data-id="1">a person please</p></main>`,
    );
    const bg = fakeBackground();
    let held = false;
    const send = ((type: MessageType, data: never) =>
      held && type === 'candidates:classify'
        ? new Promise(() => undefined)
        : bg.send(type, data)) as RuntimeDeps['send'];
    const { runtime } = start(send);
    await vi.waitFor(() => expect(bannerRoot()?.querySelector('.banner')).toBeTruthy());
    held = true;
    const main = document.querySelector('main');
    main?.setAttribute('data-key', 'b');
    main?.setAttribute('data-title', 'Bo');
    main
      ?.querySelector('p')
      ?.replaceWith(Object.assign(document.createElement('p'), { textContent: 'hello' }));
    main?.querySelector('p')?.setAttribute('data-id', '7');
    runtime.runOnce();
    expect(bg.candidates.at(-1)?.text).not.toBe('hello'); // held, not answered
    expect(document.querySelector('[data-escalation-ui]:not(style)')).toBeNull();
  });

  it('a new message under "Needs me" is sent lazily (its answer may wait); a first look is not', async () => {
    page(
      `<main data-key="a" data-title="Ana"><section></section><p data-id="1">see you tomorrow</p></main>`,
    );
    const bg = fakeBackground();
    const { runtime } = start(bg.send);
    await vi.waitFor(() =>
      expect(document.querySelector('[data-escalation-ui="needs-me"]')).toBeTruthy(),
    );
    const batches = () =>
      vi.mocked(bg.send).mock.calls.filter(([type]) => type === 'candidates:classify');
    // The first look: "Needs me" waited for this answer.
    expect(batches()).toHaveLength(1);
    expect(batches()[0]?.[2]).toBeUndefined();
    document
      .querySelector('main')
      ?.insertAdjacentHTML('beforeend', '<p data-id="2">ok, thanks</p>');
    runtime.runOnce();
    expect(batches()).toHaveLength(2);
    expect(batches()[1]?.[2]).toEqual({ lazy: true });
    // An answer not come yet holds nothing back: a thread switched to is read and drawn as usual.
    const main = document.querySelector('main');
    main?.setAttribute('data-key', 'b');
    main?.setAttribute('data-title', 'Bo');
    main?.insertAdjacentHTML('beforeend', '<p data-id="3">a person please</p>');
    runtime.runOnce();
    expect(batches()[2]?.[2]).toBeUndefined();
    await vi.waitFor(() => expect(bannerRoot()?.querySelector('.banner')).toBeTruthy());
  });

  it('a batch whose held answer was lost goes again with the next pass, after its batch, not lazily', async () => {
    page(
      `<main data-key="a" data-title="Ana"><section></section><p data-id="1">see you tomorrow</p></main>`,
    );
    const bg = fakeBackground();
    let lose = false;
    const send = vi.fn((type: MessageType, data: never, options?: SendOptions) =>
      lose && options?.lazy
        ? Promise.reject(new Error(HELD_ANSWER_LOST))
        : bg.send(type, data, options),
    ) as unknown as RuntimeDeps['send'];
    let now = NOW;
    const controller = new AbortController();
    running.push(controller);
    const runtime = startContentRuntime({
      adapter,
      doc: document,
      signal: controller.signal,
      send,
      now: () => now,
    });
    await vi.waitFor(() =>
      expect(document.querySelector('[data-escalation-ui="needs-me"]')).toBeTruthy(),
    );
    const batches = () =>
      vi
        .mocked(send)
        .mock.calls.filter(([type]) => type === 'candidates:classify')
        .map(([, data, options]) => [
          (data as MessageData<'candidates:classify'>).candidates.map((c) => c.text),
          options,
        ]);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      lose = true;
      document
        .querySelector('main')
        ?.insertAdjacentHTML('beforeend', '<p data-id="2">ok, thanks</p>');
      runtime.runOnce();
      // No timer sends it again while nothing changes.
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      now += 60 * 60_000;
      expect(batches().slice(1)).toEqual([[['ok, thanks'], { lazy: true }]]);
      lose = false;
      document.querySelector('main')?.insertAdjacentHTML('beforeend', '<p data-id="3">bye</p>');
      runtime.runOnce();
      expect(batches().slice(1)).toEqual([
        [['ok, thanks'], { lazy: true }],
        [['bye'], { lazy: true }],
        [['ok, thanks'], undefined],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('"Needs me" stops waiting when the open thread’s messages could not be delivered', async () => {
    page(
      `<main data-key="a" data-title="Ana"><section></section><p data-id="1">see you tomorrow</p></main>`,
    );
    const bg = fakeBackground();
    const send = ((type: MessageType, data: never) =>
      type === 'candidates:classify'
        ? Promise.reject(new Error('no background'))
        : bg.send(type, data)) as RuntimeDeps['send'];
    start(send);
    await vi.waitFor(() =>
      expect(document.querySelector('[data-escalation-ui="needs-me"]')).toBeTruthy(),
    );
  });

  it('an answer with the same open escalations as the last one touches no row and draws nothing', async () => {
    page(
      `<ul><li data-key="a" data-title="Ana" data-unread>a person please</li><li data-key="b" data-title="Bo">hi</li></ul>` +
        `<main data-key="a" data-title="Ana"><section></section><p data-id="1">a person please</p></main>`,
    );
    const bg = fakeBackground();
    const { runtime } = start(bg.send);
    await vi.waitFor(() => expect(bannerRoot()?.querySelector('.banner')).toBeTruthy());
    await flush();
    const rows = [...document.querySelectorAll('li')];
    const rowReads = (spy: { mock: { contexts: unknown[] } }) =>
      spy.mock.contexts.filter((el) => rows.includes(el as HTMLLIElement)).length;
    const has = vi.spyOn(Element.prototype, 'hasAttribute');
    const get = vi.spyOn(Element.prototype, 'getAttribute');
    const getMessage = vi.spyOn(browser.i18n, 'getMessage');
    getMessage.mockClear();
    const lists = bg.sent.filter((m) => m.type === 'escalation:listOpen').length;
    runtime.onTabMessage({ type: 'marks:changed' });
    await vi.waitFor(() =>
      expect(bg.sent.filter((m) => m.type === 'escalation:listOpen').length).toBe(lists + 1),
    );
    await flush();
    expect(rowReads(has) + rowReads(get)).toBe(0);
    expect(getMessage).not.toHaveBeenCalled();
    has.mockRestore();
    get.mockRestore();
    // A different answer (the escalation closed) still reaches the rows and the banner.
    bg.open.splice(0);
    runtime.onTabMessage({ type: 'marks:changed' });
    await vi.waitFor(() => expect(document.querySelector('[data-escalation-category]')).toBeNull());
    expect(bannerHost()).toBeNull();
  });

  it('an escalation in another thread leaves the open thread’s banner as it is drawn', async () => {
    page(
      `<ul><li data-key="a" data-title="Ana">a person please</li><li data-key="b" data-title="Bo">hi</li></ul>` +
        `<main data-key="a" data-title="Ana"><section></section><p data-id="1">a person please</p></main>`,
    );
    const bg = fakeBackground();
    // Over the port every answer comes as new objects, equal or not to the last ones.
    const { runtime } = start(((type: MessageType, data: never) =>
      bg.send(type, data).then((answer) => structuredClone(answer))) as RuntimeDeps['send']);
    await vi.waitFor(() => expect(bannerRoot()?.querySelector('.banner')).toBeTruthy());
    await flush();
    const insert = bannerRoot()?.querySelector('[data-testid="banner-insert"]');
    const created = vi.spyOn(Document.prototype, 'createElement');
    bg.open.push({ ...(bg.open[0] as OpenMark), id: 2, threadKey: 'b', customer: 'Bo' });
    runtime.onTabMessage({ type: 'marks:changed' });
    await vi.waitFor(() =>
      expect(
        document.querySelector('li[data-key="b"]')?.hasAttribute('data-escalation-category'),
      ).toBe(true),
    );
    await flush();
    // Nothing the banner shows changed: no element made, the same buttons in place.
    expect(created).not.toHaveBeenCalled();
    expect(bannerRoot()?.querySelector('[data-testid="banner-insert"]')).toBe(insert);
    created.mockRestore();
  });

  it('a changed answer touches only the rows whose thread’s category changed, and writes only what differs', async () => {
    pageOfFortyRowsAndAna();
    const bg = fakeBackground();
    const { runtime } = start(bg.send);
    const rowA = () => document.querySelector('li[data-key="a"]');
    await vi.waitFor(() =>
      expect(rowA()?.getAttribute('data-escalation-category')).toBe('human_request'),
    );
    await flush();
    const rows = [...document.querySelectorAll('li')];
    const row7 = document.querySelector('li[data-key="t7"]');
    const touched = (spy: { mock: { contexts: unknown[] } }) =>
      new Set(spy.mock.contexts.filter((el) => rows.includes(el as HTMLLIElement)));
    const has = vi.spyOn(Element.prototype, 'hasAttribute');
    const get = vi.spyOn(Element.prototype, 'getAttribute');
    const set = vi.spyOn(Element.prototype, 'setAttribute');
    // Another thread escalates (closed from elsewhere later): its row alone is looked at.
    const [mark] = bg.open;
    if (!mark) throw new Error('no open escalation');
    bg.open.push({ ...mark, id: 2, threadKey: 't7', customer: 'T7' });
    runtime.onTabMessage({ type: 'marks:changed' });
    await vi.waitFor(() =>
      expect(row7?.getAttribute('data-escalation-category')).toBe('human_request'),
    );
    expect([...touched(has), ...touched(get), ...touched(set)].every((el) => el === row7)).toBe(
      true,
    );
    expect(set.mock.calls.filter((_, i) => set.mock.contexts[i] === row7)).toHaveLength(3);
    // The site drops one of the three from a re-rendered row: only that one is written again.
    row7?.removeAttribute('data-escalation-label');
    row7?.append(' ');
    set.mockClear();
    runtime.runOnce();
    await flush();
    expect(set.mock.calls.filter((_, i) => set.mock.contexts[i] === row7)).toEqual([
      ['data-escalation-label', expect.any(String)],
    ]);
    // Closed: its row is cleared, the other mark stays.
    bg.open.splice(1);
    runtime.onTabMessage({ type: 'marks:changed' });
    await vi.waitFor(() => expect(row7?.hasAttribute('data-escalation-category')).toBe(false));
    expect(rowA()?.getAttribute('data-escalation-category')).toBe('human_request');
  });

  it('an answer that changes no thread’s category looks no row up', async () => {
    pageOfFortyRowsAndAna();
    const bg = fakeBackground();
    const { runtime } = start(bg.send);
    await vi.waitFor(() =>
      expect(
        document.querySelector('li[data-key="a"]')?.getAttribute('data-escalation-category'),
      ).toBe('human_request'),
    );
    await flush();
    const asks = () => bg.sent.filter((m) => m.type === 'escalation:listOpen').length;
    const before = asks();
    const get = vi.spyOn(Map.prototype, 'get');
    // The open escalation's draft changes (a merged message), its category does not.
    const [mark] = bg.open;
    if (!mark) throw new Error('no open escalation');
    bg.open[0] = { ...mark, draft: 'Another draft' };
    runtime.onTabMessage({ type: 'marks:changed' });
    await vi.waitFor(() => expect(asks()).toBe(before + 1));
    await flush();
    const keys = new Set(Array.from({ length: 40 }, (_, i) => `t${i}`));
    // Every row's category was compared before (two lookups per row).
    expect(get.mock.calls.filter(([key]) => keys.has(key as string))).toEqual([]);
    get.mockRestore();
  });

  it('stops and removes its marks and banner when the content script is invalidated', async () => {
    page(
      `<ul><li data-key="a" data-title="Ana" data-unread>a person</li></ul><main data-key="a" data-title="Ana"><section></section></main>`,
    );
    const { controller } = start(fakeBackground().send);
    await vi.waitFor(() =>
      expect(document.querySelector('[data-escalation-category]')).toBeTruthy(),
    );
    controller.abort();
    expect(document.querySelector('[data-escalation-category]')).toBeNull();
    expect(document.querySelector('[data-escalation-ui="banner"]')).toBeNull();
  });
});
