/**
 * Property test: whatever a page or the owner's settings contain, the candidates a tab builds are
 * accepted by the background's payload check, and the escalations the background builds from them
 * (real classifier, real drafter) fit the log's limits. Random long and odd inputs.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier/index';
import { CATEGORIES, LANGS } from '@/lib/classifier/types';
import { reportFor } from '@/lib/background/candidates';
import { scanInboxRows, scanThread, type ScanContext } from '@/lib/content/scan';
import { SeenKeys } from '@/lib/content/seen-keys';
import { boundKey, clipText, REPORT_LIMITS as L } from '@/lib/limits';
import type { EscalationReport } from '@/lib/messaging/protocol';
import { checkPayload } from '@/lib/messaging/guards';
import type { InboxRow, IncomingMessage, OpenThread } from '@/lib/platforms/types';
import { defaultSettings } from '@/lib/settings/defaults';
import { parseSettingsDocument, toClassifierConfig } from '@/lib/settings/validate';

/** A small seeded generator (mulberry32) so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

type Rand = ReturnType<typeof random>;

const ESCALATING = [
  'I want to talk to a person',
  'quero falar com um atendente',
  'quiero hablar con una persona',
  'this is unacceptable, it arrived broken',
  'we need 500 units for our company',
  'quero encomendar 12000 unidades',
  'I can pay R$ 250.000,00',
  'estou desesperada, preciso de ajuda',
  'do you ship to Madeira?',
];
const ODD = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '\u202e\u200f\u200d',
  '\ud83d',
  '\u0000\u001b[31m',
  '🎉👩‍👩‍👧‍👦🇧🇷',
  'ﷺ𒐫𒈙',
  '\n\n\t   ',
  '{customer}{owner}',
];

function piece(r: Rand): string {
  switch (r.int(6)) {
    case 0:
      return r.pick(ESCALATING);
    case 1:
      return r.pick(ODD);
    case 2:
      return '9'.repeat(1 + r.int(20_000));
    case 3:
      return `${r.pick(['R$ ', '$', '€', ''])}${'1'.repeat(1 + r.int(5000))}${r.pick([' units', ' unidades', ' reais', ''])}`;
    case 4:
      return r.pick(['a', 'ção ', 'ñ', '🎉', ' ', 'x\u0301']).repeat(1 + r.int(3000));
    default:
      return String.fromCharCode(...Array.from({ length: 1 + r.int(300) }, () => r.int(0xffff)));
  }
}

function text(r: Rand, parts = 1 + r.int(4)): string {
  return Array.from({ length: parts }, () => piece(r)).join(r.pick([' ', '\n', '']));
}

function longName(r: Rand): string {
  return r.next() < 0.3 ? r.pick(['Ana', '+55 11 91234-5678', '']) : text(r, 1 + r.int(2));
}

/** Settings as validation lets them through: the longest templates and names it accepts. */
function settings(r: Rand) {
  const templates: Record<string, Record<string, string>> = {};
  for (const category of CATEGORIES) {
    templates[category] = {};
    for (const lang of LANGS) {
      const unit = r.pick(['{promise} ', '{business}{owner}', 'Hi {customer}, ', 'ok {promise}']);
      templates[category][lang] = clipText(unit.repeat(2000), 2000).replace(/\{[^}]*…$/, '');
    }
  }
  const parsed = parseSettingsDocument(
    {
      ownerName: 'O'.repeat(100),
      businessName: 'B🎉'.repeat(33),
      templates,
      triggers: { human_request: { add: ['9'.repeat(200)] } },
    },
    defaultSettings(),
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.settings;
}

/** The fields of an escalation the log bounds, as a list of problems (empty when it fits). */
function overLimits(r: EscalationReport): string[] {
  const problems: string[] = [];
  if (r.threadKey.length > L.threadKey) problems.push('threadKey');
  if (r.messageKeys.length > L.messageKeys || r.messageKeys.some((k) => k.length > L.messageKey))
    problems.push('messageKeys');
  if (r.customer.length > L.customer) problems.push('customer');
  if (r.lang.length > L.lang) problems.push('lang');
  if (r.reasons.length > L.reasons || r.reasons.some((x) => x.length > L.reason))
    problems.push('reasons');
  if ((r.keyedReasons ?? []).some((x) => (x.quote ?? '').length > L.reason))
    problems.push('keyedReasons');
  if (r.text.length > L.text) problems.push('text');
  if (r.draft.length > L.draft) problems.push('draft');
  return problems;
}

describe('candidates and escalations fit the limits, whatever the input', () => {
  it('200 random pages: every batch is accepted, every escalation built from it fits the log', () => {
    const variants = Array.from({ length: 6 }, (_, i) => {
      const s = settings(random(1000 + i));
      return { settings: s, config: toClassifierConfig(s) };
    });
    let reports = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const r = random(seed);
      const variant = r.pick(variants);
      const platform = r.pick(['whatsapp', 'instagram'] as const);
      const ctx: ScanContext = { platform, seen: new SeenKeys() };
      const now = Date.UTC(2026, 10, 26, 8 + r.int(14), r.int(60));
      const title = longName(r);
      const threadKey = boundKey(`wa:title:${title}`, 300);
      const row: InboxRow = {
        element: {} as HTMLElement,
        threadKey,
        title,
        preview: text(r),
        previewFromMe: false,
        unreadCount: 1,
        muted: false,
        group: r.next() < 0.5,
      };
      const thread: OpenThread = {
        threadKey,
        title,
        group: r.next() < 0.5,
        root: {} as HTMLElement,
      };
      const messages: IncomingMessage[] = Array.from({ length: 1 + r.int(4) }, (_, i) => ({
        key: `${'k'.repeat(r.int(600))}${i}`,
        threadKey,
        author: 'them',
        sender: longName(r),
        text: text(r),
        hasMedia: false,
      }));
      const candidates = [
        ...scanInboxRows([row], ctx),
        ...scanThread(thread, messages, ctx, false),
      ];
      expect(
        () => checkPayload('candidates:classify', { platform, candidates }),
        `seed ${seed}: ${JSON.stringify(candidates).slice(0, 300)}`,
      ).not.toThrow();
      for (const candidate of candidates) {
        const report = reportFor(candidate, { platform, ...variant, classify, now });
        if (!report) continue;
        expect(overLimits(report), `seed ${seed}: ${JSON.stringify(report).slice(0, 300)}`).toEqual(
          [],
        );
        reports++;
      }
    }
    // The inputs do escalate: the property is checked on many escalations, not on none.
    expect(reports).toBeGreaterThan(200);
  }, 60_000);

  it('clipping keeps surrogate pairs whole and bounded keys stay distinct and stable', () => {
    expect(clipText('🎉'.repeat(10), 6)).toBe('🎉🎉…');
    expect(clipText('short', 10)).toBe('short');
    const a = boundKey(`${'x'.repeat(500)}a`, 300);
    const b = boundKey(`${'x'.repeat(500)}b`, 300);
    expect(a.length).toBeLessThanOrEqual(300);
    expect(a).not.toBe(b);
    expect(boundKey(`${'x'.repeat(500)}a`, 300)).toBe(a);
  });
});
