// Page objects for the end-to-end journeys: the fixture sites (with their test hooks) and the popup.
import type { Locator, Page } from '@playwright/test';
import type { Download, Worker } from '@playwright/test';
import { ClosedBanner } from './closed-banner';

export interface FixtureHooks {
  addIncoming(text: string, options?: Record<string, unknown>): void;
  rerenderList(): void;
  rerenderChat?(title: string): void;
  addChats?(chats: { title: string; preview: string; unread?: number }[]): void;
  logout(): void;
  switchChat?(title: string): void;
  openThread?(id: string): void;
  openTab?(name: string): void;
  scrollAway?(): void;
  makeReadOnly?(): void;
  keepSendOff?(): void;
}

declare global {
  interface Window {
    __fixture: FixtureHooks;
    __sent: unknown[];
  }
}

export class SitePage {
  constructor(readonly page: Page) {}

  marked(category?: string): Locator {
    return this.page.locator(
      category ? `[data-escalation-category="${category}"]` : '[data-escalation-category]',
    );
  }

  /** The banner's host (its content is in a closed shadow root: see closed-banner.ts). */
  banner(): Locator {
    return this.page.locator('[data-escalation-ui="banner"]');
  }

  closedBanner(): ClosedBanner {
    return new ClosedBanner(this.page);
  }

  /** A new customer message in the open chat, or in `chat` (then it arrives as an unread preview). */
  async addIncoming(text: string, chat?: string): Promise<void> {
    await this.page.evaluate(
      ({ t, chat }) => {
        // Instagram's page takes a thread id as its second argument, defaulting to the open
        // thread: pass nothing at all when no chat is named.
        if (chat === undefined) window.__fixture.addIncoming(t);
        else window.__fixture.addIncoming(t, { chat });
      },
      { t: text, chat },
    );
  }

  /** The marked chat-list row of `title` (WhatsApp), with the given category if any. */
  markedRow(title: string, category?: string): Locator {
    return this.page
      .locator(
        category
          ? `#pane-side [data-escalation-category="${category}"]`
          : '#pane-side [data-escalation-category]',
      )
      .filter({ hasText: title });
  }

  async switchChat(title: string): Promise<void> {
    await this.page.evaluate((t) => window.__fixture.switchChat?.(t), title);
  }

  async rerenderList(): Promise<void> {
    await this.page.evaluate(() => {
      window.__fixture.rerenderList();
    });
  }

  async logout(): Promise<void> {
    await this.page.evaluate(() => {
      window.__fixture.logout();
    });
  }

  /**
   * The number of marked rows once the page has settled: the same count, matching the badge,
   * twice in a row (escalations from several chats arrive one after another).
   */
  async settledMarkCount(badge: () => Promise<string>): Promise<number> {
    let previous = -1;
    for (let attempt = 0; attempt < 40; attempt++) {
      const count = await this.marked().count();
      const text = await badge();
      if (count === previous && text === (count === 0 ? '' : String(count))) return count;
      previous = count;
      await this.page.waitForTimeout(300);
    }
    throw new Error('the marks and the badge never settled');
  }

  async sent(): Promise<unknown[]> {
    return this.page.evaluate(() => window.__sent);
  }
}

export class PopupPage {
  constructor(readonly page: Page) {}

  items(): Locator {
    return this.page.getByTestId('escalation-item');
  }

  item(text: string): Locator {
    return this.items().filter({ hasText: text });
  }

  openItems(): Locator {
    return this.page.locator('[data-testid="escalation-item"][data-status="open"]');
  }

  connections(): Locator {
    return this.page.getByTestId('connection');
  }

  // ── Added for the cockpit journeys: filters, export, the empty state. ──

  itemById(id: number): Locator {
    return this.page.locator(`[data-testid="escalation-item"][data-escalation-id="${id}"]`);
  }

  /** Sets the given filters (the others stay as they are). */
  async filterBy(filters: PopupFilters): Promise<void> {
    for (const key of ['status', 'category', 'platform'] as const) {
      const value = filters[key];
      if (value !== undefined) await this.page.getByTestId(`filter-${key}`).selectOption(value);
    }
    if (filters.search !== undefined)
      await this.page.getByTestId('filter-search').fill(filters.search);
  }

  /** The ids of the entries the list shows, in order. */
  async shownIds(): Promise<number[]> {
    const ids = await this.items().evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-escalation-id')),
    );
    return ids.map(Number);
  }

  /** Clicks export-csv / export-json and returns the downloaded file's name and text. */
  async exportLog(kind: 'csv' | 'json'): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`export-${kind}`).click(),
    ]);
    return { fileName: download.suggestedFilename(), text: await downloadText(download) };
  }

  emptyState(): Locator {
    return this.page.getByTestId('log-empty');
  }
}

// ── Added for the cockpit journeys: the options page, and the extension's own state
// read and changed from its service worker. ──────────────────────────────────────────────────

export interface PopupFilters {
  status?: string;
  category?: string;
  platform?: string;
  search?: string;
}

async function downloadText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

export class OptionsPage {
  constructor(readonly page: Page) {}

  businessName(): Locator {
    return this.page.getByTestId('business-name');
  }

  /** Types a business name and saves; waits until the page says it is saved. */
  async saveBusinessName(name: string): Promise<void> {
    await this.businessName().fill(name);
    await this.page.getByTestId('save-settings').click();
    await this.page.getByTestId('save-status').filter({ hasText: /\S/ }).waitFor();
    await this.page.getByTestId('revert-settings').and(this.page.locator(':disabled')).waitFor();
  }

  /** Chooses an in-memory settings file in the import input. */
  async importSettings(fileName: string, text: string): Promise<void> {
    await this.page.getByTestId('settings-import').setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  importErrors(): Locator {
    return this.page.getByTestId('settings-import-errors').locator('li');
  }

  importOk(): Locator {
    return this.page.getByTestId('settings-import-ok');
  }

  /** Presses delete-all and accepts the confirmation; waits for the page to say it is done. */
  async deleteAll(): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.page.getByTestId('delete-all').click();
    await this.page.getByTestId('delete-all-done').waitFor();
  }

  async backtest(file: string): Promise<void> {
    await this.page.getByTestId('backtest-input').setInputFiles(file);
  }

  backtestHits(): Locator {
    return this.page.getByTestId('backtest-results').getByTestId('backtest-hit');
  }
}

/** An escalation row as stored in the extension's IndexedDB (the fields the tests read). */
export interface StoredEscalation {
  id: number;
  platform: string;
  customer: string;
  category: string;
  categories: string[];
  reasons: string[];
  excerpt: string;
  status: 'open' | 'resolved' | 'dismissed';
  snoozedUntil?: number;
  promiseDueAt?: number;
  promiseState: 'none' | 'pending' | 'kept' | 'missed';
  reminded: string[];
  /** Whether the new-escalation notification is still to show, was shown, grouped or skipped. */
  notify?: 'pending' | 'shown' | 'grouped' | 'skipped';
  notifiedAt?: number;
}

/**
 * The extension's own state, read and changed inside its service worker: badge, notifications,
 * alarms, and the escalation log through raw IndexedDB (database 'escalation-radar', store
 * 'escalations'), so a test can move a promise into the past without any mock.
 */
export class ExtensionBackground {
  constructor(readonly sw: Worker) {}

  /**
   * The same reads through a page of the extension's own origin (same IndexedDB, same chrome.*
   * APIs), for tests that stop the service worker: the page outlives every restart. A Page has
   * the Worker's `evaluate`.
   */
  static fromPage(page: Page): ExtensionBackground {
    return new ExtensionBackground(page);
  }

  badgeText(): Promise<string> {
    return this.sw.evaluate(() => chrome.action.getBadgeText({}));
  }

  /** The badge background as "#rrggbb". */
  async badgeColour(): Promise<string> {
    const rgba = await this.sw.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    return `#${rgba
      .slice(0, 3)
      .map((part) => part.toString(16).padStart(2, '0'))
      .join('')}`;
  }

  async notificationIds(): Promise<string[]> {
    return Object.keys(await this.sw.evaluate(() => chrome.notifications.getAll()));
  }

  escalations(): Promise<StoredEscalation[]> {
    return this.sw.evaluate(
      () =>
        new Promise<StoredEscalation[]>((resolve, reject) => {
          const request = indexedDB.open('escalation-radar');
          request.onerror = () => {
            reject(request.error ?? new Error('indexedDB.open failed'));
          };
          request.onsuccess = () => {
            const db = request.result;
            const all = db
              .transaction('escalations', 'readonly')
              .objectStore('escalations')
              .getAll();
            all.onsuccess = () => {
              db.close();
              resolve(all.result as StoredEscalation[]);
            };
            all.onerror = () => {
              db.close();
              reject(all.error ?? new Error('getAll failed'));
            };
          };
        }),
    );
  }

  async escalation(id: number): Promise<StoredEscalation | undefined> {
    return (await this.escalations()).find((row) => row.id === id);
  }

  /** Changes fields of one stored row in place (a raw IndexedDB put, no extension code involved). */
  updateEscalation(id: number, changes: Partial<StoredEscalation>): Promise<void> {
    return this.sw.evaluate(
      ({ id, changes }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('escalation-radar');
          request.onerror = () => {
            reject(request.error ?? new Error('indexedDB.open failed'));
          };
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('escalations', 'readwrite');
            const store = tx.objectStore('escalations');
            const get = store.get(id);
            get.onsuccess = () => {
              const row = get.result as Record<string, unknown> | undefined;
              if (!row) {
                tx.abort();
                return;
              }
              store.put({ ...row, ...changes });
            };
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onabort = () => {
              db.close();
              reject(tx.error ?? new Error(`no escalation ${id}`));
            };
          };
        }),
      { id, changes },
    );
  }

  /** How many rows one of the extension's IndexedDB stores holds (e.g. 'verdicts'). */
  storeCount(store: string): Promise<number> {
    return this.sw.evaluate(
      (store) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('escalation-radar');
          request.onerror = () => {
            reject(request.error ?? new Error('indexedDB.open failed'));
          };
          request.onsuccess = () => {
            const db = request.result;
            const count = db.transaction(store, 'readonly').objectStore(store).count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
            count.onerror = () => {
              db.close();
              reject(count.error ?? new Error('count failed'));
            };
          };
        }),
      store,
    );
  }

  /** How many verdicts the stored learned layer was learned from (0 when none is stored). */
  learnedFrom(): Promise<number> {
    return this.sw.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('escalation-radar');
          request.onerror = () => {
            reject(request.error ?? new Error('indexedDB.open failed'));
          };
          request.onsuccess = () => {
            const db = request.result;
            const get = db.transaction('learning', 'readonly').objectStore('learning').get('owner');
            get.onsuccess = () => {
              db.close();
              const row = get.result as { adaptation?: { verdicts?: number } } | undefined;
              resolve(row?.adaptation?.verdicts ?? 0);
            };
            get.onerror = () => {
              db.close();
              reject(get.error ?? new Error('get failed'));
            };
          };
        }),
    );
  }

  /** Makes the named alarm fire `inMs` from now (replacing its schedule). */
  fireAlarm(name: string, inMs = 50): Promise<void> {
    return this.sw.evaluate(
      ({ name, inMs }) =>
        (
          chrome as unknown as {
            alarms: { create(name: string, info: { when: number }): Promise<void> };
          }
        ).alarms.create(name, { when: Date.now() + inMs }),
      { name, inMs },
    );
  }
}
