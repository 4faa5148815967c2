// Page objects for the end-to-end journeys: the fixture sites (with their test hooks) and the popup.
import type { Locator, Page } from '@playwright/test';

export interface FixtureHooks {
  addIncoming(text: string, options?: Record<string, unknown>): void;
  rerenderList(): void;
  logout(): void;
  switchChat?(title: string): void;
  openThread?(id: string): void;
  openTab?(name: string): void;
  scrollAway?(): void;
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
    return this.page.locator(category ? `[data-escalation-category="${category}"]` : '[data-escalation-category]');
  }

  banner(): Locator {
    return this.page.getByTestId('escalation-banner');
  }

  async addIncoming(text: string): Promise<void> {
    await this.page.evaluate((t) => {
      window.__fixture.addIncoming(t);
    }, text);
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
}
