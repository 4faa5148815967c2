import { describe, expect, it, vi } from 'vitest';
import type { BackgroundDeps } from '@/lib/background/handlers';
import { routeMessage } from '@/lib/background/router';
import { isModelWeights } from '@/lib/classifier/core';
import { identifySender } from '@/lib/background/sender';
import { freshDb } from '../db/helpers';
import { defaultSettings } from '@/lib/settings/defaults';

const identity = { id: 'ext-id', base: 'chrome-extension://ext-id/' };
const whatsappTab = {
  id: 'ext-id',
  url: 'https://web.whatsapp.com/',
  tab: { id: 7, url: 'https://web.whatsapp.com/' },
};
const instagramTab = {
  id: 'ext-id',
  url: 'https://www.instagram.com/direct/t/1/',
  tab: { id: 8, url: 'https://www.instagram.com/direct/t/1/' },
};
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };

function deps(): BackgroundDeps {
  const { db } = freshDb();
  return {
    db,
    now: () => 1_000_000,
    loadSettings: () => Promise.resolve(defaultSettings()),
    afterChange: vi.fn(() => Promise.resolve()),
    notifyPending: vi.fn(() => Promise.resolve()),
    clearNotifications: vi.fn(() => Promise.resolve()),
    reveal: vi.fn(() => Promise.resolve(true)),
    recordHealth: vi.fn(() => Promise.resolve()),
    learningChanged: vi.fn(() => Promise.resolve()),
  };
}

const report = {
  platform: 'whatsapp',
  threadKey: 'wa:title:ana',
  messageKeys: ['wa:1'],
  customer: 'Ana',
  category: 'human_request',
  categories: ['human_request'],
  score: 0.92,
  lang: 'pt',
  reasons: ['asks for a person'],
  text: 'quero falar com uma pessoa',
  draft: 'Oi Ana!',
  source: 'thread',
};

describe('sender identification', () => {
  it.each([
    [whatsappTab, { kind: 'content', platform: 'whatsapp', tabId: 7 }],
    [instagramTab, { kind: 'content', platform: 'instagram', tabId: 8 }],
    [popup, { kind: 'ui' }],
    [{ ...popup, id: 'other-extension' }, undefined],
    [
      { id: 'ext-id', url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } },
      undefined,
    ],
    [
      {
        id: 'ext-id',
        url: 'https://web.whatsapp.com.evil.example/',
        tab: { id: 3, url: 'https://web.whatsapp.com.evil.example/' },
      },
      undefined,
    ],
    [
      {
        id: 'ext-id',
        url: 'http://web.whatsapp.com/',
        tab: { id: 3, url: 'http://web.whatsapp.com/' },
      },
      undefined,
    ],
    [{ id: 'ext-id', url: 'https://web.whatsapp.com/' }, undefined],
  ])('%j is %j', (sender, expected) => {
    expect(identifySender(sender, identity.id, identity.base)).toEqual(expected);
  });
});

describe('message routing', () => {
  it('stores a report from a WhatsApp tab, then refreshes badge and notifies', async () => {
    const d = deps();
    const result = await routeMessage(
      { type: 'escalation:report', data: report },
      whatsappTab,
      identity,
      d,
    );
    expect(result).toEqual({ id: 1, outcome: 'created' });
    expect(d.afterChange).toHaveBeenCalledTimes(1);
    expect(d.notifyPending).toHaveBeenCalledTimes(1);
    const row = await d.db.escalations.get(1);
    expect(row?.excerpt).toBe('quero falar com uma pessoa');
    expect(row?.notify).toBe('pending');
  });

  it('a duplicate report changes nothing and notifies nobody', async () => {
    const d = deps();
    await routeMessage({ type: 'escalation:report', data: report }, whatsappTab, identity, d);
    const again = await routeMessage(
      { type: 'escalation:report', data: report },
      whatsappTab,
      identity,
      d,
    );
    expect(again).toEqual({ id: 1, outcome: 'duplicate' });
    expect(d.afterChange).toHaveBeenCalledTimes(1);
  });

  it('a failure after the row is written does not fail the report; the notification stays pending', async () => {
    const d = deps();
    d.afterChange = vi.fn(() => Promise.reject(new Error('badge API gone')));
    const result = await routeMessage(
      { type: 'escalation:report', data: report },
      whatsappTab,
      identity,
      d,
    );
    expect(result).toEqual({ id: 1, outcome: 'created' });
    expect(d.notifyPending).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['escalation:listOpen', { platform: 'instagram' }],
    ['adapter:health', { platform: 'instagram', health: { state: 'connected' } }],
  ])('%s naming another platform than the sending tab is refused', async (type, data) => {
    const d = deps();
    await expect(routeMessage({ type, data }, whatsappTab, identity, d)).rejects.toThrow(
      'platform does not match',
    );
    expect(d.recordHealth).not.toHaveBeenCalled();
  });

  it('refuses a report whose platform is not the sending tab', async () => {
    const d = deps();
    await expect(
      routeMessage(
        { type: 'escalation:report', data: { ...report, platform: 'instagram' } },
        whatsappTab,
        identity,
        d,
      ),
    ).rejects.toThrow('platform does not match');
  });

  it.each([
    [{ ...report, category: 'angry' }, 'invalid category'],
    [{ ...report, score: 7 }, 'invalid score'],
    [{ ...report, messageKeys: [] }, 'invalid messageKeys'],
    [{ ...report, reasons: 'text' }, 'invalid reasons'],
    [{ ...report, text: 'x'.repeat(100_001) }, 'invalid text'],
    ['not an object', 'payload must be an object'],
  ])('refuses a malformed report (%#)', async (data, message) => {
    await expect(
      routeMessage({ type: 'escalation:report', data }, whatsappTab, identity, deps()),
    ).rejects.toThrow(message);
  });

  it('refuses unknown senders, unknown types and messages from the wrong side', async () => {
    const d = deps();
    await expect(
      routeMessage({ type: 'escalation:report', data: report }, { id: 'x' }, identity, d),
    ).rejects.toThrow('unknown sender');
    await expect(
      routeMessage({ type: 'escalation:explode', data: {} }, popup, identity, d),
    ).rejects.toThrow('unknown type');
    await expect(
      routeMessage({ type: 'escalation:report', data: report }, popup, identity, d),
    ).rejects.toThrow('not allowed from ui');
    await expect(
      routeMessage({ type: 'data:deleteAll', data: {} }, whatsappTab, identity, d),
    ).rejects.toThrow('not allowed from content');
  });

  it('a content script may close only its own platform’s escalations', async () => {
    const d = deps();
    await routeMessage({ type: 'escalation:report', data: report }, whatsappTab, identity, d);
    await expect(
      routeMessage(
        { type: 'escalation:close', data: { id: 1, status: 'resolved' } },
        instagramTab,
        identity,
        d,
      ),
    ).rejects.toThrow('not this site');
    await routeMessage(
      { type: 'escalation:close', data: { id: 1, status: 'dismissed' } },
      whatsappTab,
      identity,
      d,
    );
    expect((await d.db.escalations.get(1))?.status).toBe('dismissed');
  });

  it('lists open escalations of the asking platform for the page marks', async () => {
    const d = deps();
    await routeMessage({ type: 'escalation:report', data: report }, whatsappTab, identity, d);
    const marks = await routeMessage(
      { type: 'escalation:listOpen', data: { platform: 'whatsapp' } },
      whatsappTab,
      identity,
      d,
    );
    expect(marks).toEqual([
      expect.objectContaining({
        id: 1,
        threadKey: 'wa:title:ana',
        category: 'human_request',
        draft: 'Oi Ana!',
      }),
    ]);
  });

  it('snooze, reopen and delete-all come from our pages', async () => {
    const d = deps();
    await routeMessage({ type: 'escalation:report', data: report }, whatsappTab, identity, d);
    await routeMessage(
      { type: 'escalation:snooze', data: { id: 1, minutes: 60 } },
      popup,
      identity,
      d,
    );
    expect((await d.db.escalations.get(1))?.snoozedUntil).toBe(1_000_000 + 3_600_000);
    await expect(
      routeMessage({ type: 'escalation:snooze', data: { id: 1, minutes: 0 } }, popup, identity, d),
    ).rejects.toThrow('invalid minutes');
    await routeMessage({ type: 'data:deleteAll', data: {} }, popup, identity, d);
    expect(await d.db.escalations.count()).toBe(0);
    expect(d.clearNotifications).toHaveBeenCalledTimes(1);
  });

  it('gives content scripts the classifier weights they no longer bundle', async () => {
    const model = await routeMessage(
      { type: 'classifier:model', data: {} },
      instagramTab,
      identity,
      deps(),
    );
    expect(isModelWeights(model)).toBe(true);
    await expect(
      routeMessage({ type: 'classifier:model', data: {} }, popup, identity, deps()),
    ).rejects.toThrow('not allowed from ui');
  });

  it('records adapter health from a tab, checking the state', async () => {
    const d = deps();
    const health = { state: 'unrecognised', missing: ['chatList'] };
    await routeMessage(
      { type: 'adapter:health', data: { platform: 'whatsapp', health } },
      whatsappTab,
      identity,
      d,
    );
    expect(d.recordHealth).toHaveBeenCalledWith(
      { kind: 'content', platform: 'whatsapp', tabId: 7 },
      { platform: 'whatsapp', health },
    );
    await expect(
      routeMessage(
        { type: 'adapter:health', data: { platform: 'whatsapp', health: { state: 'hacked' } } },
        whatsappTab,
        identity,
        d,
      ),
    ).rejects.toThrow('invalid health');
  });
});
