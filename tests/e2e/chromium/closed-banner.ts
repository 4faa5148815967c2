// The banner lives in a closed shadow root, which Playwright's locators (like the page's own
// scripts) cannot enter. The tests read it the way DevTools does, through the DevTools protocol's
// DOM domain (which walks closed shadow roots), and click it with the real mouse at the button's
// position, so the click is a trusted input event like the owner's.
import { expect, type CDPSession, type Locator, type Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** What `onNode` answers when the banner does not hold the node. */
const NOT_RENDERED = Symbol('not rendered');

export class ClosedBanner {
  private session: CDPSession | undefined;

  constructor(readonly page: Page) {}

  /** The banner's host element, which is in the page's own DOM. */
  host(): Locator {
    return this.page.locator('[data-escalation-ui="banner"]');
  }

  private async cdp(): Promise<CDPSession> {
    this.session ??= await this.page.context().newCDPSession(this.page);
    return this.session;
  }

  /** The node id of the banner's shadow root, if the banner is on the page. */
  private async shadowRoot(): Promise<number | undefined> {
    const cdp = await this.cdp();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const stack: DomNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node) break;
      const attrs = node.attributes ?? [];
      const ui = attrs.indexOf('data-escalation-ui');
      const shadow = node.shadowRoots?.[0];
      if (ui >= 0 && attrs[ui + 1] === 'banner' && shadow) return shadow.nodeId;
      stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
      if (node.contentDocument) stack.push(node.contentDocument);
    }
    return undefined;
  }

  /**
   * What the banner holds: its text, and the elements inside it that match `selector` (as tag
   * names) plus every `on…` attribute anywhere in it; undefined while there is no banner.
   */
  async inspect(
    selector: string,
  ): Promise<{ text: string; matching: string[]; handlers: string[] } | undefined> {
    const nodeId = await this.shadowRoot();
    if (nodeId === undefined) return undefined;
    const cdp = await this.cdp();
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (selector) {
        const all = [...this.querySelectorAll('*')];
        return {
          text: this.textContent,
          matching: [...this.querySelectorAll(selector)].map((e) => e.tagName.toLowerCase()),
          handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        };
      }`,
      arguments: [{ value: selector }],
      returnByValue: true,
    });
    return result.value as { text: string; matching: string[]; handlers: string[] };
  }

  /** The node id of `[data-testid=testId]` inside the banner's shadow root, if rendered. */
  private async find(testId: string): Promise<number | undefined> {
    const shadow = await this.shadowRoot();
    if (shadow === undefined) return undefined;
    const cdp = await this.cdp();
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: shadow,
      selector: `[data-testid="${testId}"]`,
    });
    return nodeId === 0 ? undefined : nodeId;
  }

  /** The text of `testId` in the banner, or undefined while it is not rendered. */
  async text(testId: string): Promise<string | undefined> {
    const value = await this.onNode(testId, 'function () { return this.textContent; }', '');
    return value === NOT_RENDERED ? undefined : (value as string);
  }

  /**
   * Runs `fn(arg)` on `testId` in the banner; NOT_RENDERED when it is not there. The banner redraws
   * when its escalation changes (a merged message adds a reason), which can remove the node between
   * finding it and resolving it: the lookup then starts again.
   */
  private async onNode(testId: string, fn: string, arg: string): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      const nodeId = await this.find(testId);
      if (nodeId === undefined) return NOT_RENDERED;
      const cdp = await this.cdp();
      try {
        const { object } = await cdp.send('DOM.resolveNode', { nodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: fn,
          arguments: [{ value: arg }],
          returnByValue: true,
        });
        return result.value;
      } catch (error) {
        if (attempt >= 5 || !/No node with given id/.test(String(error))) throw error;
      }
    }
  }

  /** Runs `fn(arg)` on `testId` in the banner, once it is rendered. */
  private async callOn(testId: string, fn: string, arg: string): Promise<unknown> {
    await this.waitForText(testId, /.*/);
    const value = await this.onNode(testId, fn, arg);
    if (value === NOT_RENDERED) throw new Error(`banner has no ${testId}`);
    return value;
  }

  /** A computed style property of `testId` in the banner. */
  async style(testId: string, property: string): Promise<string> {
    const fn = 'function (p) { return getComputedStyle(this).getPropertyValue(p); }';
    return String(await this.callOn(testId, fn, property));
  }

  /** An attribute of `testId` in the banner (null when it has none). */
  async attribute(testId: string, name: string): Promise<string | null> {
    const value = await this.callOn(testId, 'function (n) { return this.getAttribute(n); }', name);
    return typeof value === 'string' ? value : null;
  }

  /** Waits until `testId` is rendered with text matching `pattern`; returns the text. */
  async waitForText(testId: string, pattern: RegExp = /./): Promise<string> {
    let text: string | undefined;
    await expect
      .poll(async () => {
        text = await this.text(testId);
        return text !== undefined && pattern.test(text);
      })
      .toBe(true);
    return text ?? '';
  }

  /** The boxes of `testId`, scrolled into view; looked up again when a redraw removed it. */
  private async quads(testId: string): Promise<number[][]> {
    const cdp = await this.cdp();
    for (let attempt = 1; ; attempt++) {
      const nodeId = await this.find(testId);
      if (nodeId === undefined) throw new Error(`banner has no ${testId}`);
      try {
        await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
        return (await cdp.send('DOM.getContentQuads', { nodeId })).quads;
      } catch (error) {
        if (attempt >= 5 || !/(No|Could not find) node with given id/.test(String(error)))
          throw error;
      }
    }
  }

  /**
   * Clicks `testId` with the mouse at its centre: a real, trusted click. A redraw that removes the
   * node between finding it and measuring it (see `onNode`) starts the lookup again.
   */
  async click(testId: string): Promise<void> {
    await this.waitForText(testId, /.*/);
    const quad = (await this.quads(testId))[0];
    if (!quad) throw new Error(`${testId} is not visible`);
    const x = ((quad[0] ?? 0) + (quad[2] ?? 0) + (quad[4] ?? 0) + (quad[6] ?? 0)) / 4;
    const y = ((quad[1] ?? 0) + (quad[3] ?? 0) + (quad[5] ?? 0) + (quad[7] ?? 0)) / 4;
    await this.page.mouse.click(x, y);
  }
}
