import { describe, expect, it } from 'vitest';
import type { BackgroundDeps } from '@/lib/background/handlers';
import { currentAdaptation } from '@/lib/background/learning';
import { routeMessage } from '@/lib/background/router';
import { recordEscalation } from '@/lib/db/escalations';
import { classify } from '@/lib/classifier/index';
import { isAdaptation, withAdaptation, type Adaptation } from '@/lib/learning/index';
import { defaultSettings } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/types';
import { toClassifierConfig } from '@/lib/settings/validate';
import { fakeBackgroundDeps } from '../../shared/background-deps';

const identity = { id: 'ext-id', base: 'chrome-extension://ext-id/' };
const whatsappTab = {
  id: 'ext-id',
  url: 'https://web.whatsapp.com/',
  tab: { id: 7, url: 'https://web.whatsapp.com/' },
};
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };

const FALSE_ALARM = 'the box was a bit squashed but the cake was fine, thanks!';
const MISSED = 'the loaf was still frozen in the middle when we cut it';

function deps(settings: Settings = defaultSettings()) {
  let current = settings;
  const d = fakeBackgroundDeps(() => Promise.resolve(current));
  return {
    d,
    setSettings: (s: Settings) => {
      current = s;
    },
  };
}

async function send(d: BackgroundDeps, type: string, data: unknown, sender: object = popup) {
  return routeMessage({ type, data }, sender, identity, d);
}

/** An escalation in the log, as the background records it from a tab's candidate. */
async function report(d: BackgroundDeps, text: string, threadKey = 'wa:title:ana') {
  return recordEscalation(
    d.db,
    {
      platform: 'whatsapp',
      threadKey,
      messageKeys: [`k:${threadKey}:${text}`],
      customer: 'Ana',
      category: 'complaint',
      categories: ['complaint'],
      score: 0.8,
      lang: 'en',
      reasons: ['complaint'],
      excerpt: text,
      draft: 'Hi Ana',
      source: 'thread',
    },
    d.now(),
  );
}

/** What the tabs' new messages are classified with now (candidates:classify uses it). */
async function model(d: BackgroundDeps): Promise<Adaptation> {
  const a = await currentAdaptation(d.db, await d.loadSettings(), d.now());
  expect(isAdaptation(a)).toBe(true);
  return a;
}

const config = toClassifierConfig(defaultSettings());
const flagged = (a: Adaptation, text: string) =>
  withAdaptation(classify, a)({ text }, config).escalate;

describe('learning in the background', () => {
  it('"not needed" records a verdict, learns, and tells the pages; reopening takes it back', async () => {
    const { d } = deps();
    expect(flagged(await model(d), FALSE_ALARM)).toBe(true);
    const { id } = await report(d, FALSE_ALARM);
    await send(d, 'escalation:close', { id, status: 'dismissed' });
    const [row] = await d.db.verdicts.toArray();
    expect(row).toMatchObject({
      kind: 'not_needed',
      text: FALSE_ALARM,
      category: null,
      platform: 'whatsapp',
      escalationId: id,
      at: 1_000_000,
    });
    expect(d.learningChanged).toHaveBeenCalledTimes(1);
    expect(flagged(await model(d), FALSE_ALARM)).toBe(false);

    await send(d, 'escalation:reopen', { id });
    expect(await d.db.verdicts.count()).toBe(0);
    expect(flagged(await model(d), FALSE_ALARM)).toBe(true);
  });

  it('resolving is not a verdict', async () => {
    const { d } = deps();
    const { id } = await report(d, FALSE_ALARM);
    await send(d, 'escalation:close', { id, status: 'resolved' });
    expect(await d.db.verdicts.count()).toBe(0);
    expect(d.learningChanged).not.toHaveBeenCalled();
  });

  it('"needs me" from a tab teaches the category; forgetting undoes it', async () => {
    const { d } = deps();
    expect(flagged(await model(d), MISSED)).toBe(false);
    const verdict = {
      platform: 'whatsapp',
      customer: 'Rui',
      text: MISSED,
      history: [{ from: 'owner', text: 'Here is your bread' }],
      category: 'complaint',
    };
    await send(d, 'verdict:needsMe', verdict, whatsappTab);
    expect(flagged(await model(d), MISSED)).toBe(true);
    await expect(
      send(d, 'verdict:needsMe', { ...verdict, platform: 'instagram' }, whatsappTab),
    ).rejects.toThrow(/platform/);
    await expect(send(d, 'verdict:needsMe', { ...verdict, category: 'spam' })).rejects.toThrow(
      /category/,
    );
    await send(d, 'learning:forget', {});
    expect(await d.db.verdicts.count()).toBe(0);
    expect(flagged(await model(d), MISSED)).toBe(false);
  });

  it('a corrected category updates the entry and is learned; a removed verdict is unlearned', async () => {
    const { d } = deps();
    const { id } = await report(d, FALSE_ALARM);
    await send(d, 'escalation:recategorise', { id, category: 'emotional' });
    expect(await d.db.escalations.get(id)).toMatchObject({
      category: 'emotional',
      categories: ['emotional', 'complaint'],
    });
    const [v] = await d.db.verdicts.toArray();
    expect(v).toMatchObject({ kind: 'correction', category: 'emotional' });
    const learned = withAdaptation(classify, await model(d))({ text: FALSE_ALARM }, config);
    expect(learned.categories).toEqual(['emotional']);
    await send(d, 'verdict:remove', { id: v?.id });
    expect(flagged(await model(d), FALSE_ALARM)).toBe(true);
    expect(withAdaptation(classify, await model(d))({ text: FALSE_ALARM }, config).category).toBe(
      'complaint',
    );
  });

  it('"delete all data" forgets the verdicts and what was learned', async () => {
    const { d } = deps();
    const { id } = await report(d, FALSE_ALARM);
    await send(d, 'escalation:close', { id, status: 'dismissed' });
    await send(d, 'data:deleteAll', {});
    expect(await d.db.verdicts.count()).toBe(0);
    expect(flagged(await model(d), FALSE_ALARM)).toBe(true);
  });

  it('learns again when the classifier settings changed since', async () => {
    const { d, setSettings } = deps();
    await send(d, 'verdict:needsMe', {
      platform: 'whatsapp',
      customer: 'Rui',
      text: MISSED,
      history: [],
      category: 'complaint',
    });
    const before = await d.db.learning.get('owner');
    const settings = defaultSettings();
    setSettings({ ...settings, bulkMinQuantity: settings.bulkMinQuantity + 1 });
    await model(d);
    const after = await d.db.learning.get('owner');
    expect(after?.configKey).not.toBe(before?.configKey);
  });

  it('only pages forget', async () => {
    const { d } = deps();
    await expect(send(d, 'learning:forget', {}, whatsappTab)).rejects.toThrow(/not allowed/);
  });
});
