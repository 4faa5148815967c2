// @vitest-environment jsdom
/**
 * The banner with the WhatsApp adapter on our fixtures: a read-only chat shows a note instead of
 * Insert reply; an insertion counts as done only once WhatsApp's send button turns on, otherwise
 * the banner says the reply may not be in the message box.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWhatsappAdapter } from '@/lib/platforms/whatsapp/adapter';
import { BannerController } from '@/lib/content/banner-controller';
import type { OpenMark } from '@/lib/messaging/protocol';
import { loadFixture } from '../whatsapp/fixture';

const whatsappAdapter = createWhatsappAdapter({ signal: new AbortController().signal });

const closedRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  closedRoots.set(this, root);
  return root;
};
const bannerRoot = () => {
  const host = document.querySelector('[data-escalation-ui="banner"]');
  return host ? closedRoots.get(host) : undefined;
};
const inBanner = (testId: string) => bannerRoot()?.querySelector(`[data-testid="${testId}"]`);

function controller(confirmWithinMs = 50): BannerController {
  return new BannerController({
    adapter: whatsappAdapter,
    doc: document,
    send: () => Promise.reject(new Error('not used')),
    onClosed: () => Promise.resolve(),
    trusted: () => true,
    confirmWithinMs,
  });
}

function markFor(threadKey: string): OpenMark {
  return {
    id: 1,
    threadKey,
    category: 'complaint',
    categories: ['complaint'],
    reasonGroups: [],
    customer: 'Carla Mendes',
    draft: 'Hi Carla, I am looking into it now.',
  };
}

function show(banner: BannerController): void {
  const thread = whatsappAdapter.openThread(document);
  if (!thread) throw new Error('no open thread');
  banner.render(thread, new Map([[thread.threadKey, markFor(thread.threadKey)]]));
}

const editor = () =>
  document.querySelector<HTMLElement>('#main footer [contenteditable="true"][role="textbox"]');
const sendButton = () =>
  document.querySelector<HTMLButtonElement>('#main button[data-testid="compose-btn-send"]');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('banner in a chat the owner cannot write to', () => {
  it('offers no Insert reply and says why, with Handled and Dismiss kept', () => {
    loadFixture('thread-2026-readonly');
    const banner = controller();
    show(banner);
    expect(inBanner('banner-insert')).toBeNull();
    expect(inBanner('banner-read-only')?.textContent).toContain("can't write in this chat");
    expect(inBanner('banner-resolve')).toBeTruthy();
    expect(inBanner('banner-dismiss')).toBeTruthy();
    banner.hide();
  });

  it('offers Insert reply in a chat with a composer', () => {
    loadFixture('composer');
    const banner = controller();
    show(banner);
    expect(inBanner('banner-insert')).toBeTruthy();
    expect(inBanner('banner-read-only')).toBeNull();
    banner.hide();
  });
});

describe('insertion confirmed by the send button', () => {
  it('says inserted once the editor took the text and the send button turned on', async () => {
    loadFixture('composer');
    // Like WhatsApp: the send button is enabled while the editor holds text.
    editor()?.addEventListener('input', () => {
      sendButton()?.toggleAttribute('disabled', (editor()?.textContent ?? '') === '');
    });
    const banner = controller();
    show(banner);
    inBanner('banner-insert')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() => expect(bannerRoot()?.querySelector('[role="status"]')).toBeTruthy());
    expect(editor()?.textContent).toContain('Hi Carla');
    expect(inBanner('banner-unconfirmed')).toBeNull();
    banner.hide();
  });

  it('says the reply may not be there when the send button stays off', async () => {
    loadFixture('composer');
    const banner = controller();
    show(banner);
    inBanner('banner-insert')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() => expect(inBanner('banner-unconfirmed')).toBeTruthy());
    expect(inBanner('banner-unconfirmed')?.textContent).toContain('send button did not turn on');
    expect(bannerRoot()?.querySelector('[role="status"]')).toBeNull();
    banner.hide();
  });

  it('waits for a send button that turns on a little later', async () => {
    loadFixture('composer');
    editor()?.addEventListener('input', () => {
      setTimeout(() => sendButton()?.removeAttribute('disabled'), 5);
    });
    const banner = controller(5_000);
    show(banner);
    inBanner('banner-insert')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() => expect(bannerRoot()?.querySelector('[role="status"]')).toBeTruthy());
    expect(inBanner('banner-unconfirmed')).toBeNull();
    banner.hide();
  });
});
