import { describe, expect, it } from 'vitest';
import { classify, detectLanguage, keywordBaseline } from '../../../lib/classifier/index';
import { CATEGORIES } from '../../../lib/classifier/types';
import { config, triggers } from './helpers';

describe('FAQ matching across languages', () => {
  it.each([
    ['How much is shipping?', false], // FAQ entry written in Portuguese
    ['Quais formas de pagamento vocês aceitam?', false], // FAQ entry written in Spanish
    ['¿Cómo puedo rastrear mi pedido?', false], // FAQ entry written in English
    ['Do you deliver on Sundays?', true],
    ['Vocês emitem nota fiscal?', true],
    ['¿El bolso es de cuero vegano?', true],
  ])('%s → gap %s', (text, gap) => {
    const out = classify({ text }, config());
    expect(out.categories.includes('knowledge_gap')).toBe(gap);
  });

  it('with an empty FAQ no question is a gap (the category is off), small talk neither', () => {
    const cfg = config({ knowledgeBase: [] });
    expect(classify({ text: 'How long does delivery take?' }, cfg).escalate).toBe(false);
    expect(classify({ text: 'how are you?' }, cfg).escalate).toBe(false);
    expect(classify({ text: 'thanks!!' }, cfg).escalate).toBe(false);
  });

  it('quotes the unanswered question in the reason', () => {
    const out = classify({ text: 'Hi! Do you ship to Japan?' }, config());
    expect(out.reasons[0]).toContain('Do you ship to Japan');
  });
});

describe('quantities against the bulk threshold', () => {
  it.each([
    ['I need 30 cupcakes for Saturday', 50, false],
    ['I need 80 cupcakes for Saturday', 50, true],
    ['I need 80 cupcakes for Saturday', 100, false],
    ['quero 2 mil unidades', 50, true],
    ['quero duas dúzias de brigadeiro', 50, false],
    ['necesito diez docenas de galletas', 50, true],
    ['my order number is 48213', 50, false],
    ['it arrived on 12/05 at 3pm', 50, false],
    ['presupuesto de 5.000 euros para flores del evento', 50, true],
    // A number in chatter is not an order: the message must order, ask or name a deadline.
    ['we scored 66 points last night', 50, false],
    ['my post got 200 likes already', 50, false],
    ['60 cupcakes for Saturday', 50, true],
    ['200 caixas de brigadeiro, quanto sai?', 50, true],
    ['encomendei 200 caixas', 50, true],
  ])('%s (bulk from %i) → high value %s', (text, bulk, high) => {
    const out = classify({ text }, config({ bulkMinQuantity: bulk }));
    expect(out.categories.includes('high_value')).toBe(high);
  });

  it('names the quantity and threshold', () => {
    const out = classify({ text: 'we want 200 branded mugs' }, config());
    expect(out.reasons.join(' ')).toMatch(/200.*bulk from 50/);
  });
});

describe('owner triggers', () => {
  it('an added phrase applies its category, shown in the reasons', () => {
    const cfg = config({ triggers: triggers({ high_value: { add: ['lista de casamento'] } }) });
    const out = classify({ text: 'Vocês fazem lista de casamento?' }, cfg);
    expect(out.categories).toContain('high_value');
    expect(out.reasons.join(' ')).toContain('lista de casamento');
  });

  it('matching is case and accent insensitive', () => {
    const cfg = config({ triggers: triggers({ human_request: { add: ['Ligação'] } }) });
    expect(classify({ text: 'prefiro uma LIGACAO' }, cfg).category).toBe('human_request');
  });

  it('a muted phrase no longer makes its category apply on its own', () => {
    const text = 'The box was damaged but the cake is fine';
    expect(classify({ text }, config()).category).toBe('complaint');
    const cfg = config({ triggers: triggers({ complaint: { mute: ['box was damaged'] } }) });
    expect(classify({ text }, cfg).escalate).toBe(false);
  });

  it('a disabled category is never reported', () => {
    const cfg = config({ triggers: triggers({ knowledge_gap: { enabled: false } }) });
    expect(classify({ text: 'Do you ship to Japan?' }, cfg).escalate).toBe(false);
  });
});

describe('precedence and result shape', () => {
  it('reports all categories, primary by precedence', () => {
    const out = classify(
      { text: 'The cake arrived smashed and I am devastated, I want to speak to the manager' },
      config(),
    );
    expect(out.categories).toEqual(['human_request', 'complaint', 'emotional']);
    expect(out.category).toBe('human_request');
    expect(out.reasons).toHaveLength(3);
  });

  it.each(['', '   ', 'ok', '😊', 'x'.repeat(5000)])('shape holds for %j', (text) => {
    const out = classify({ text }, config());
    expect(out.score).toBeGreaterThanOrEqual(0);
    expect(out.score).toBeLessThanOrEqual(1);
    expect(out.categories.every((c) => CATEGORIES.includes(c))).toBe(true);
    expect(out.escalate).toBe(out.categories.length > 0);
    expect(out.category).toBe(out.categories[0] ?? null);
  });
});

describe('language detection', () => {
  it.each([
    ['Hello, when will my order arrive?', 'en'],
    ['Oi, quando chega meu pedido?', 'pt'],
    ['vc sabe se ja chegou?', 'pt'],
    ['Hola, ¿cuándo llega mi pedido?', 'es'],
    ['q onda, ya llegó?', 'es'],
    ['', 'und'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
    if (text) expect(classify({ text }, config()).lang).toBe(lang);
  });
});

describe('very long input', () => {
  it('a 1 MB message is classified from its start and end', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(40_000);
    const out = classify({ text: `I want to speak to a human. ${filler} thanks` }, config());
    expect(out.category).toBe('human_request');
    const tail = classify({ text: `${filler} the parcel never arrived` }, config());
    expect(tail.category).toBe('complaint');
  });
});

describe('keyword baseline', () => {
  it('fires on plain keywords and ignores negation', () => {
    expect(keywordBaseline({ text: 'my bag arrived broken' }, config()).category).toBe('complaint');
    expect(keywordBaseline({ text: 'nothing broken, all good' }, config()).escalate).toBe(true);
  });
});
