import { describe, expect, it, vi } from 'vitest';
import type { BackgroundDeps } from '@/lib/background/handlers';
import { routeMessage, routeOneOffMessage } from '@/lib/background/router';
import { HISTORY_TURN_CHARS, HISTORY_TURNS } from '@/lib/classifier/history';
import { CANDIDATE_LIMITS } from '@/lib/limits';
import { identifySender } from '@/lib/background/sender';
import { fakeBackgroundDeps } from '../../shared/background-deps';
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
  return fakeBackgroundDeps();
}

/** A new customer message that asks for a person, as a tab sends it. */
const candidate = {
  threadKey: 'wa:title:ana',
  messageKeys: ['wa:1', 'c:wa:title:ana:1'],
  customer: 'Ana Souza',
  text: 'quero falar com uma pessoa',
  history: [{ from: 'owner', text: 'Bom dia! Em que posso ajudar?' }],
  source: 'thread',
};
/** A routine one. */
const routine = {
  ...candidate,
  threadKey: 'wa:title:rui',
  messageKeys: ['wa:2'],
  customer: 'Rui',
  text: 'obrigado, até amanhã',
  history: [],
};
const batch = (...candidates: unknown[]) => ({ platform: 'whatsapp', candidates });
const classifyMessage = (data: unknown) => ({ type: 'candidates:classify', data });

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

describe('candidates from a tab', () => {
  it('classifies them; an escalation is stored with its draft, then badge and notifications follow', async () => {
    const d = deps();
    const result = await routeMessage(classifyMessage(batch(candidate)), whatsappTab, identity, d);
    // The answer carries the site's open escalations, as listOpen gives them: the sending tab
    // (7) is not told to fetch them, the other tabs are.
    expect(result).toEqual({
      outcomes: ['created'],
      open: await routeMessage(
        { type: 'escalation:listOpen', data: { platform: 'whatsapp' } },
        whatsappTab,
        identity,
        d,
      ),
    });
    expect(result).toMatchObject({ open: [{ threadKey: 'wa:title:ana' }] });
    expect(d.afterChange).toHaveBeenCalledTimes(1);
    expect(d.afterChange).toHaveBeenCalledWith(7);
    expect(d.notifyPending).toHaveBeenCalledTimes(1);
    const row = await d.db.escalations.get(1);
    expect(row).toMatchObject({
      platform: 'whatsapp',
      threadKey: 'wa:title:ana',
      messageKey: 'wa:1',
      customer: 'Ana Souza',
      category: 'human_request',
      lang: 'pt',
      excerpt: 'quero falar com uma pessoa',
      source: 'thread',
      notify: 'pending',
    });
    // The reply is drafted in the customer's language, greeting them by first name.
    expect(row?.draft).toContain('Ana');
    expect(row?.draft).not.toContain('Souza');
    expect(row?.keyedReasons?.[0]).toMatchObject({ category: 'human_request' });
  });

  it('a message that does not escalate is not stored, and nobody is told', async () => {
    const d = deps();
    const result = await routeMessage(classifyMessage(batch(routine)), whatsappTab, identity, d);
    expect(result).toEqual({ outcomes: ['none'] });
    expect(await d.db.escalations.count()).toBe(0);
    expect(await d.db.seenMessages.count()).toBe(0);
    expect(d.afterChange).not.toHaveBeenCalled();
    expect(d.notifyPending).not.toHaveBeenCalled();
  });

  it('answers each candidate of a batch in order; a batch sent again finds duplicates', async () => {
    const d = deps();
    const first = await routeMessage(
      classifyMessage(batch(routine, candidate)),
      whatsappTab,
      identity,
      d,
    );
    expect(first).toMatchObject({ outcomes: ['none', 'created'] });
    const again = await routeMessage(
      classifyMessage(batch(routine, candidate)),
      whatsappTab,
      identity,
      d,
    );
    expect(again).toMatchObject({ outcomes: ['none', 'duplicate'] });
    expect(await d.db.escalations.count()).toBe(1);
    expect(d.afterChange).toHaveBeenCalledTimes(1);
  });

  it('the same message seen as a preview merges into the conversation’s open escalation', async () => {
    const d = deps();
    await routeMessage(classifyMessage(batch(candidate)), whatsappTab, identity, d);
    const preview = {
      ...candidate,
      messageKeys: ['p:1'],
      text: 'isto é um absurdo, o bolo chegou estragado',
      source: 'preview',
    };
    const result = await routeMessage(classifyMessage(batch(preview)), whatsappTab, identity, d);
    expect(result).toMatchObject({ outcomes: ['merged'] });
    expect(await d.db.escalations.count()).toBe(1);
  });

  describe('an unread preview of the open chat, sent with the same message from the chat', () => {
    const question = 'Do you deliver to Porto on Sundays?';
    const keys = { content: 'c:wa:title:ana:77' };
    const preview = {
      ...candidate,
      messageKeys: ['p:wa:title:ana:5', keys.content],
      text: question,
      history: [],
      source: 'preview',
    };
    const fromChat = { ...preview, messageKeys: ['wa:5', keys.content], source: 'thread' };
    const withFaq = () => {
      const settings = defaultSettings();
      settings.knowledgeBase = [
        { question: 'Do you make gluten-free cakes?', answer: 'Yes, all of them made to order.' },
      ];
      return Promise.resolve(settings);
    };

    it('is classified once, from the chat with its history: an answered question stays quiet', async () => {
      const d = fakeBackgroundDeps(withFaq);
      // Alone, the preview is a question the FAQ does not answer.
      expect(await routeMessage(classifyMessage(batch(preview)), whatsappTab, identity, d)).toEqual(
        {
          outcomes: ['created'],
          open: expect.any(Array) as unknown,
        },
      );
      const e = fakeBackgroundDeps(withFaq);
      const answered = {
        ...fromChat,
        history: [{ from: 'owner', text: 'We deliver to Porto on Sundays and Tuesdays.' }],
      };
      const result = await routeMessage(
        classifyMessage(batch(preview, answered)),
        whatsappTab,
        identity,
        e,
      );
      expect(result).toEqual({ outcomes: ['none', 'none'] });
      expect(await e.db.escalations.count()).toBe(0);
      expect(e.afterChange).not.toHaveBeenCalled();
    });

    it("in a group the same question is the members', not an unanswered question", async () => {
      const d = fakeBackgroundDeps(withFaq);
      const inGroup = { ...preview, group: true };
      expect(await routeMessage(classifyMessage(batch(inGroup)), whatsappTab, identity, d)).toEqual(
        { outcomes: ['none'] },
      );
      expect(await d.db.escalations.count()).toBe(0);
    });

    it('escalates once, as the chat’s message, when the chat’s message escalates', async () => {
      const d = fakeBackgroundDeps(withFaq);
      const result = await routeMessage(
        classifyMessage(batch(preview, fromChat)),
        whatsappTab,
        identity,
        d,
      );
      expect(result).toMatchObject({ outcomes: ['duplicate', 'created'] });
      expect(await d.db.escalations.count()).toBe(1);
      expect(await d.db.escalations.get(1)).toMatchObject({ messageKey: 'wa:5', source: 'thread' });
    });

    it('a preview of another chat, or with no key in common, is classified on its own', async () => {
      const d = fakeBackgroundDeps(withFaq);
      const other = { ...preview, threadKey: 'wa:title:bia', customer: 'Bia' };
      const unrelated = { ...preview, messageKeys: ['p:wa:title:ana:6'] };
      const result = await routeMessage(
        classifyMessage(batch(other, unrelated, fromChat)),
        whatsappTab,
        identity,
        d,
      );
      // Each is classified: both previews open an escalation of their own chat.
      expect((result as { outcomes: string[] }).outcomes.slice(0, 2)).toEqual([
        'created',
        'created',
      ]);
      expect(
        (await d.db.escalations.toArray()).filter((r) => r.threadKey === 'wa:title:bia'),
      ).toHaveLength(1);
    });
  });

  it('"Needs me" escalates with the owner’s category, whatever the classifier says', async () => {
    const d = deps();
    const result = await routeMessage(
      classifyMessage(batch({ ...routine, needsMe: 'complaint' })),
      whatsappTab,
      identity,
      d,
    );
    expect(result).toMatchObject({ outcomes: ['created'] });
    expect(await d.db.escalations.get(1)).toMatchObject({
      category: 'complaint',
      categories: ['complaint'],
      keyedReasons: [{ category: 'complaint', key: 'needsMe' }],
    });
  });

  it('classifies with what was learned from the owner: "Not needed" quiets the same wording', async () => {
    const d = deps();
    await routeMessage(classifyMessage(batch(candidate)), whatsappTab, identity, d);
    await routeMessage(
      { type: 'escalation:close', data: { id: 1, status: 'dismissed' } },
      whatsappTab,
      identity,
      d,
    );
    const later = { ...candidate, threadKey: 'wa:title:bia', messageKeys: ['wa:9'] };
    const result = await routeMessage(classifyMessage(batch(later)), whatsappTab, identity, d);
    expect(result).toEqual({ outcomes: ['none'] });
  });

  it('a failure after the rows are written does not fail the batch; the notification stays pending', async () => {
    const d = deps();
    d.afterChange = vi.fn(() => Promise.reject(new Error('badge API gone')));
    const result = await routeMessage(classifyMessage(batch(candidate)), whatsappTab, identity, d);
    expect(result).toMatchObject({ outcomes: ['created'] });
    expect(d.notifyPending).toHaveBeenCalledTimes(1);
  });

  it('refuses a batch whose platform is not the sending tab', async () => {
    const d = deps();
    await expect(
      routeMessage(
        classifyMessage({ platform: 'instagram', candidates: [candidate] }),
        whatsappTab,
        identity,
        d,
      ),
    ).rejects.toThrow('platform does not match');
    expect(await d.db.escalations.count()).toBe(0);
  });

  const tooMany = Array.from({ length: CANDIDATE_LIMITS.candidates + 1 }, () => candidate);
  const turn = { from: 'customer', text: 'hi' };
  it.each([
    ['not an object', 'payload must be an object'],
    [{ platform: 'whatsapp' }, 'invalid candidates (1 to'],
    [batch(), 'invalid candidates (1 to'],
    [{ platform: 'whatsapp', candidates: tooMany }, 'invalid candidates (1 to'],
    [{ platform: 'telegram', candidates: [candidate] }, 'invalid platform'],
    [batch('text'), 'invalid candidates[0].not an object'],
    [batch(routine, { ...candidate, text: 'x'.repeat(100_001) }), 'invalid candidates[1].text'],
    [batch({ ...candidate, text: '   ' }), 'invalid candidates[0].text'],
    [batch({ ...candidate, messageKeys: [] }), 'invalid candidates[0].messageKeys'],
    [batch({ ...candidate, threadKey: 'k'.repeat(301) }), 'invalid candidates[0].threadKey'],
    [batch({ ...candidate, customer: 7 }), 'invalid candidates[0].customer'],
    [
      batch({ ...candidate, history: Array.from({ length: HISTORY_TURNS + 1 }, () => turn) }),
      'invalid candidates[0].history',
    ],
    [
      batch({
        ...candidate,
        history: [{ from: 'owner', text: 'x'.repeat(HISTORY_TURN_CHARS + 1) }],
      }),
      'invalid candidates[0].history',
    ],
    [
      batch({ ...candidate, history: [{ from: 'bot', text: 'hi' }] }),
      'invalid candidates[0].history',
    ],
    [batch({ ...candidate, source: 'inbox' }), 'invalid candidates[0].source'],
    [batch({ ...candidate, sentAt: 'yesterday' }), 'invalid candidates[0].sentAt'],
    [batch({ ...candidate, group: 'yes' }), 'invalid candidates[0].group'],
    [batch({ ...candidate, needsMe: 'angry' }), 'invalid candidates[0].needsMe'],
    [batch({ ...candidate, category: 'complaint' }), 'invalid candidates[0].category'],
  ])('refuses a malformed batch (%#) and stores nothing', async (data, message) => {
    const d = deps();
    await expect(routeMessage(classifyMessage(data), whatsappTab, identity, d)).rejects.toThrow(
      `candidates:classify: ${message}`,
    );
    expect(await d.db.escalations.count()).toBe(0);
  });
});

describe('message routing', () => {
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

  it('refuses unknown senders, unknown types and messages from the wrong side', async () => {
    const d = deps();
    await expect(
      routeMessage(classifyMessage(batch(candidate)), { id: 'x' }, identity, d),
    ).rejects.toThrow('unknown sender');
    await expect(
      routeMessage({ type: 'escalation:explode', data: {} }, popup, identity, d),
    ).rejects.toThrow('unknown type');
    await expect(
      routeMessage(classifyMessage(batch(candidate)), popup, identity, d),
    ).rejects.toThrow('not allowed from ui');
    await expect(
      routeMessage({ type: 'data:deleteAll', data: {} }, whatsappTab, identity, d),
    ).rejects.toThrow('not allowed from content');
  });

  it('a one-off runtime message from a site’s tab is refused before any handler: content scripts send over their port', async () => {
    const d = deps();
    for (const tab of [whatsappTab, instagramTab])
      await expect(
        routeOneOffMessage(classifyMessage(batch(candidate)), tab, identity, d),
      ).rejects.toThrow('a content script sends over its port');
    await expect(
      routeOneOffMessage(
        { type: 'adapter:health', data: { platform: 'whatsapp', health: { state: 'connected' } } },
        whatsappTab,
        identity,
        d,
      ),
    ).rejects.toThrow('a content script sends over its port');
    expect(d.recordHealth).not.toHaveBeenCalled();
    expect(await d.db.escalations.count()).toBe(0);
  });

  it('a one-off runtime message from our own pages is routed as before; unknown senders are still refused', async () => {
    const d = deps();
    await routeMessage(classifyMessage(batch(candidate)), whatsappTab, identity, d);
    const [mark] = (await routeMessage(
      { type: 'escalation:listOpen', data: { platform: 'whatsapp' } },
      whatsappTab,
      identity,
      d,
    )) as { id: number }[];
    await routeOneOffMessage(
      { type: 'escalation:snooze', data: { id: mark?.id ?? 0, minutes: 30 } },
      popup,
      identity,
      d,
    );
    expect((await d.db.escalations.get(mark?.id ?? 0))?.snoozedUntil).toBeGreaterThan(0);
    await expect(
      routeOneOffMessage(classifyMessage(batch(candidate)), { id: 'x' }, identity, d),
    ).rejects.toThrow('unknown sender');
  });

  it('a content script may close only its own platform’s escalations', async () => {
    const d = deps();
    await routeMessage(classifyMessage(batch(candidate)), whatsappTab, identity, d);
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
    await routeMessage(classifyMessage(batch(candidate)), whatsappTab, identity, d);
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
        customer: 'Ana Souza',
      }),
    ]);
    // The reasons arrive grouped, ready to be said in the owner's language by the tab.
    expect(marks).toMatchObject([
      {
        reasonGroups: [
          {
            category: 'human_request',
            details: [{ kind: 'said', values: ['falar com uma pessoa'] }],
          },
        ],
      },
    ]);
  });

  it('the tab no longer asks for the classifier or what was learned: those types are gone', async () => {
    for (const type of ['classifier:model', 'learning:model', 'escalation:report']) {
      await expect(
        routeMessage({ type, data: {} }, instagramTab, identity, deps()),
      ).rejects.toThrow('unknown type');
    }
  });

  it('snooze, reopen and delete-all come from our pages', async () => {
    const d = deps();
    await routeMessage(classifyMessage(batch(candidate)), whatsappTab, identity, d);
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
