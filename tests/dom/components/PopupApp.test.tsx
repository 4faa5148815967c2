// @vitest-environment jsdom
// The popup end to end over a fake database, written with Dexie as the background does and read
// through the pages' reader: first page, filters, load more, actions as messages, connection
// state, live updates through the storage revision key, export and the lazily computed stats.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LogSource } from '../../../lib/db/log-queries';
import { createLogReader } from '../../../lib/db/log-reader';
import { LOG_REVISION_KEY } from '../../../lib/db/names';
import { createDb, type RadarDb } from '../../../lib/db/schema';
import { saveSettings } from '../../../lib/settings/store';
import { readFirstPage } from '../../../lib/ui/first-page';
import { storageLogChanges } from '../../../lib/ui/hooks/log-changes';
import { makeRow, MINUTE } from '../../unit/ui/rows';
import { renderUi } from './ui-text';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/messaging', () => ({ sendMessage }));

// How often the popup's on-demand modules are loaded: a mocked module's factory runs when the
// module is first imported, so a static import would count at once, before anything is asked.
const loaded = vi.hoisted(() => ({ statsTab: 0, exportLog: 0 }));
vi.mock('../../../entrypoints/popup-app/StatsTab', async (original) => {
  loaded.statsTab++;
  return original();
});
vi.mock('../../../entrypoints/popup-app/export', async (original) => {
  loaded.exportLog++;
  return original();
});

const { App } = await import('../../../entrypoints/popup-app/App');

let db: RadarDb;
let log: LogSource;
let counter = 0;
const now = Date.now();

beforeEach(async () => {
  sendMessage.mockReset();
  sendMessage.mockResolvedValue(null);
  const indexedDB = new IDBFactory();
  const name = `popup-${++counter}`;
  db = createDb(name, { indexedDB, IDBKeyRange });
  log = { reader: createLogReader(name, { indexedDB, IDBKeyRange }), changes: storageLogChanges };
  await db.escalations.bulkAdd([
    makeRow({ customer: 'Bruno', status: 'resolved', detectedAt: now - 1 * MINUTE, closedAt: now }),
    makeRow({
      customer: 'Carla',
      status: 'open',
      detectedAt: now - 60 * MINUTE,
      platform: 'instagram',
      category: 'high_value',
      categories: ['high_value'],
    }),
    makeRow({
      customer: 'Diego',
      status: 'dismissed',
      detectedAt: now - 2 * MINUTE,
      reasons: ["refund: 'refund'"],
    }),
    makeRow({ customer: 'Elisa', status: 'open', detectedAt: now - 5 * MINUTE }),
  ]);
  await db.tabHealth.bulkPut([
    { tabId: 1, platform: 'whatsapp', state: 'connected', missing: [], reportedAt: now },
    { tabId: 2, platform: 'instagram', state: 'unrecognised', missing: ['inbox'], reportedAt: now },
  ]);
});

afterEach(() => {
  cleanup();
  log.reader.close();
  db.close();
});

/** What the background does after each write: bump the revision key the pages watch. */
async function announceChange(): Promise<void> {
  await fakeBrowser.storage.local.set({ [LOG_REVISION_KEY]: Date.now() });
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(new Error('unreadable blob'));
    };
    reader.readAsText(blob);
  });
}

const customers = () =>
  screen
    .queryAllByTestId('escalation-item')
    .map((item) => item.querySelector('.customer')?.textContent);

describe('popup', () => {
  it('lists open escalations first, then the rest, newest first', async () => {
    renderUi(<App log={log} />);
    await waitFor(() => {
      expect(customers()).toEqual(['Elisa', 'Carla', 'Bruno', 'Diego']);
    });
    expect(screen.getByTestId('popup')).toBeTruthy();
    expect(screen.getByTestId('open-count').textContent).toBe('2 open');
    expect(screen.getByTestId<HTMLSelectElement>('filter-status').value).toBe('all');
  });

  it('shows the first page read before it rendered in its first render, without reading it again', async () => {
    const first = readFirstPage(log);
    await first.page;
    const read = vi.spyOn(log.reader, 'read');
    renderUi(<App log={log} first={first} />);
    expect(customers()).toEqual(['Elisa', 'Carla', 'Bruno', 'Diego']);
    expect(screen.getByTestId('open-count').textContent).toBe('2 open');
    await waitFor(() => expect(screen.getAllByTestId('connection')).toHaveLength(2));
    expect(read.mock.calls.filter(([store]) => store === 'escalations')).toEqual([]);
    // From then on the app follows the log itself.
    await db.escalations.add(makeRow({ customer: 'Fabio', status: 'open', detectedAt: now }));
    await announceChange();
    await waitFor(() => expect(customers()).toEqual(['Elisa', 'Fabio', 'Carla', 'Bruno', 'Diego']));
  });

  it('waits for the first page read when it is still under way', async () => {
    const page = await readFirstPage(log).page;
    let finish: (value: typeof page) => void = () => undefined;
    const first = {
      reader: log.reader,
      page: new Promise<typeof page>((resolve) => {
        finish = resolve;
      }),
      value: undefined,
      changed: false,
      stop: () => undefined,
    };
    const read = vi.spyOn(log.reader, 'read');
    renderUi(<App log={log} first={first} />);
    await waitFor(() => expect(screen.getAllByTestId('connection')).toHaveLength(2));
    expect(customers()).toEqual([]);
    finish(page);
    await waitFor(() => expect(customers()).toEqual(['Elisa', 'Carla', 'Bruno', 'Diego']));
    expect(read.mock.calls.filter(([store]) => store === 'escalations')).toEqual([]);
  });

  it('reads the page again when the log changed after the first page read began', async () => {
    const first = readFirstPage(log);
    await first.page;
    await db.escalations.add(makeRow({ customer: 'Fabio', status: 'open', detectedAt: now }));
    await announceChange();
    renderUi(<App log={log} first={first} />);
    await waitFor(() => expect(customers()).toEqual(['Elisa', 'Fabio', 'Carla', 'Bruno', 'Diego']));
  });

  it('filters by status, category, platform and search, with an empty state', async () => {
    renderUi(<App log={log} />);
    await waitFor(() => expect(customers()).toHaveLength(4));
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'open' } });
    await waitFor(() => expect(customers()).toEqual(['Elisa', 'Carla']));
    fireEvent.change(screen.getByTestId('filter-platform'), { target: { value: 'instagram' } });
    await waitFor(() => expect(customers()).toEqual(['Carla']));
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'complaint' } });
    await waitFor(() =>
      expect(screen.getByTestId('log-empty').textContent).toContain('No escalation matches'),
    );
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'all' } });
    fireEvent.change(screen.getByTestId('filter-platform'), { target: { value: 'all' } });
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'all' } });
    fireEvent.input(screen.getByTestId('filter-search'), { target: { value: 'dieg' } });
    await waitFor(() => expect(customers()).toEqual(['Diego']));
  });

  it('says unanswered questions are off while the FAQ is empty, and stops once it has entries', async () => {
    fakeBrowser.reset();
    renderUi(<App log={log} />);
    await waitFor(() =>
      expect(screen.getByTestId('faq-off').textContent).toContain(
        'unanswered questions are not flagged',
      ),
    );
    await saveSettings({ knowledgeBase: [{ question: 'Do you deliver?', answer: 'Yes.' }] });
    await waitFor(() => expect(screen.queryByTestId('faq-off')).toBeNull());
  });

  it('shows the empty state for an empty log', async () => {
    await db.escalations.clear();
    renderUi(<App log={log} />);
    await waitFor(() =>
      expect(screen.getByTestId('log-empty').textContent).toContain('Nothing needs you'),
    );
  });

  it('sends the actions to the background and follows the database', async () => {
    renderUi(<App log={log} />);
    await waitFor(() => expect(customers()).toHaveLength(4));
    const elisa = () => screen.getAllByTestId('escalation-item')[0]!;
    const id = Number(elisa().dataset['escalationId']);
    fireEvent.click(elisa().querySelector('[data-testid="escalation-resolve"]')!);
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith('escalation:close', { id, status: 'resolved' }),
    );
    fireEvent.click(elisa().querySelector('[data-testid="escalation-dismiss"]')!);
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith('escalation:close', { id, status: 'dismissed' }),
    );
    fireEvent.click(elisa().querySelector('[data-testid="escalation-snooze"]')!);
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith('escalation:snooze', { id, minutes: 60 }),
    );
    sendMessage.mockResolvedValueOnce({ revealed: false });
    fireEvent.click(elisa().querySelector('[data-testid="escalation-open"]')!);
    await waitFor(() =>
      expect(screen.getByTestId('popup-notice').textContent).toContain('Open WhatsApp Web'),
    );
    // The background's write shows up once it bumps the revision key.
    await db.escalations.update(id, { status: 'resolved', closedAt: Date.now() });
    await announceChange();
    await waitFor(() => expect(customers()).toEqual(['Carla', 'Bruno', 'Diego', 'Elisa']));
    expect(screen.getByTestId('open-count').textContent).toBe('1 open');
  });

  it('copies the draft', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderUi(<App log={log} />);
    await waitFor(() => expect(customers()).toHaveLength(4));
    fireEvent.click(screen.getAllByTestId('escalation-copy')[0]!);
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith('Oi Ana, a Marta responde até 15:00.'),
    );
    await waitFor(() =>
      expect(screen.getByTestId('popup-notice').textContent).toContain('Reply copied'),
    );
  });

  it('shows the connection state of each tab', async () => {
    renderUi(<App log={log} />);
    await waitFor(() => expect(screen.getAllByTestId('connection')).toHaveLength(2));
    const [instagram, whatsapp] = screen.getAllByTestId('connection');
    expect(instagram!.dataset).toMatchObject({ platform: 'instagram', state: 'unrecognised' });
    expect(instagram!.textContent).toContain('not connected: page not recognised');
    // An unknown part name still tells the owner that something cannot be read.
    expect(instagram!.textContent).toContain("can't read parts of the page");
    expect(whatsapp!.querySelector('[data-testid="connection-missing"]')).toBeNull();
    expect(whatsapp!.textContent).toContain('connected');
    await db.tabHealth.put({
      tabId: 2,
      platform: 'instagram',
      state: 'connected',
      missing: [],
      reportedAt: now,
    });
    await announceChange();
    await waitFor(() =>
      expect(screen.getAllByTestId('connection')[0]!.dataset['state']).toBe('connected'),
    );
  });

  it('ignores storage changes to other keys and other areas', async () => {
    renderUi(<App log={log} />);
    await waitFor(() => expect(customers()).toHaveLength(4));
    await db.escalations.add(makeRow({ customer: 'Fabio', status: 'open', detectedAt: now }));
    await fakeBrowser.storage.local.set({ settings: {} });
    await fakeBrowser.storage.session.set({ [LOG_REVISION_KEY]: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(customers()).toHaveLength(4);
    await announceChange();
    await waitFor(() => expect(customers()).toHaveLength(5));
    expect(customers()).toContain('Fabio');
  });

  it('loads more rows on request, 50 at a time', async () => {
    await db.escalations.bulkAdd(
      Array.from({ length: 60 }, (_, i) =>
        makeRow({ customer: `Bulk ${i}`, status: 'resolved', detectedAt: now - (10 + i) * MINUTE }),
      ),
    );
    renderUi(<App log={log} />);
    await waitFor(() => expect(customers()).toHaveLength(50));
    fireEvent.click(screen.getByTestId('log-more'));
    await waitFor(() => expect(customers()).toHaveLength(64));
    expect(screen.queryByTestId('log-more')).toBeNull();
  });

  it('exports the log as CSV and JSON downloads', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    renderUi(<App log={log} />);
    await waitFor(() => expect(customers()).toHaveLength(4));
    // The export's code comes with the first export, and once.
    expect(loaded.exportLog).toBe(0);
    fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(clicks).toHaveLength(1));
    fireEvent.click(screen.getByTestId('export-json'));
    await waitFor(() => expect(clicks).toHaveLength(2));
    expect(clicks[0]).toMatch(/^escalation-radar-log-.*\.csv$/);
    expect(clicks[1]).toMatch(/\.json$/);
    const csv = await readBlob(blobs[0]!);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(JSON.parse(await readBlob(blobs[1]!))).toMatchObject({ count: 4 });
    expect(loaded.exportLog).toBe(1);
  });

  it('moves between entries with the arrow keys', async () => {
    renderUi(<App log={log} />);
    await waitFor(() => expect(customers()).toHaveLength(4));
    const items = screen.getAllByTestId('escalation-item');
    items[0]!.focus();
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'End' });
    expect(document.activeElement).toBe(items[3]);
    fireEvent.keyDown(items[3]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[2]);
  });

  it('loads and computes the stats only when the stats tab opens', async () => {
    renderUi(<App log={log} />);
    await waitFor(() => expect(customers()).toHaveLength(4));
    expect(screen.queryByTestId('stats')).toBeNull();
    // The stats tab's code is not loaded with the first screen: it comes when the tab opens.
    expect(loaded.statsTab).toBe(0);
    fireEvent.click(screen.getByTestId('tab-stats'));
    // Until it is there, the tab's panel says it is loading, still labelled by its tab.
    const pending = screen.getByTestId('panel-stats-pending');
    expect(pending.getAttribute('role')).toBe('tabpanel');
    expect(pending.getAttribute('aria-labelledby')).toBe('tab-stats');
    expect(pending.querySelector('[role="status"]')?.textContent).toBe('Loading…');
    await waitFor(() =>
      expect(screen.getByTestId('stats-total').textContent).toBe('4 escalations'),
    );
    expect(screen.getByTestId('stats-false-alarm-rate').textContent).toBe('50% (1 of 2 closed)');
    expect(screen.getByTestId('stats-triggers').textContent).toContain('refund');
    const week = screen.getByTestId('stats-chart').querySelectorAll('li[data-day]');
    expect(week).toHaveLength(7);
    // Each day says its count, visibly and in words ("Saturday, 14 March: 1").
    const counts = [...week].map((li) => li.getAttribute('data-count'));
    expect([...week].map((li) => li.querySelector('.day-count')?.textContent)).toEqual(counts);
    expect(week[6]?.querySelector('.visually-hidden')?.textContent).toMatch(/: \d+$/);
    expect(document.querySelectorAll('.day-labels li')).toHaveLength(7);
    fireEvent.click(screen.getByTestId('stats-window-30'));
    await waitFor(() =>
      expect(screen.getByTestId('stats-chart').querySelectorAll('li[data-day]')).toHaveLength(30),
    );
    fireEvent.click(screen.getByTestId('tab-log'));
    expect(screen.queryByTestId('stats')).toBeNull();
    // Opened again, it shows at once: the code was loaded once and kept.
    fireEvent.click(screen.getByTestId('tab-stats'));
    expect(screen.getByTestId('stats')).not.toBeNull();
    expect(loaded.statsTab).toBe(1);
  });
});
