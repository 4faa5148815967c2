import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier/index';
import { uiLocaleOf } from '../../../lib/classifier/reasons';
import { defaultSettings } from '../../../lib/settings/defaults';
import { toClassifierConfig } from '../../../lib/settings/validate';
import { config } from './helpers';

describe('reasons in the owner’s interface language, quoting the customer', () => {
  it.each([
    ['en', 'I would like to order 60 cupcakes', "large quantity: '60 cupcakes' (bulk from 50)"],
    [
      'pt_BR',
      'I would like to order 60 cupcakes',
      "quantidade grande: '60 cupcakes' (atacado a partir de 50)",
    ],
    [
      'es',
      'I would like to order 60 cupcakes',
      "cantidad grande: '60 cupcakes' (al por mayor desde 50)",
    ],
    [
      'pt_BR',
      'Quiero hablar con un agente',
      "pede para falar com uma pessoa: 'hablar con un agente'",
    ],
    ['es', 'quero falar com um atendente', "pide hablar con una persona: 'falar com um atendente'"],
    [
      'es',
      'Do you ship to Japan?',
      "pregunta que tus preguntas frecuentes no responden: 'Do you ship to Japan'",
    ],
    [
      'pt_BR',
      'Do you accept products on consignment?',
      "pedido comercial ou personalizado: 'on consignment'",
    ],
  ] as const)('%s: %s', (locale, text, reason) => {
    expect(classify({ text }, config({ locale })).reasons).toContain(reason);
  });

  it('the owner’s own phrase is named in the interface language', () => {
    const triggers = structuredClone(config().triggers);
    triggers.complaint.add = ['muito caro'];
    const out = classify({ text: 'achei muito caro' }, config({ triggers, locale: 'es' }));
    expect(out.reasons).toContain("coincide con tu frase para queja: 'muito caro'");
  });

  it('the browser language picks the interface language', () => {
    expect(uiLocaleOf('pt-BR')).toBe('pt_BR');
    expect(uiLocaleOf('pt-PT')).toBe('pt_BR');
    expect(uiLocaleOf('es-419')).toBe('es');
    expect(uiLocaleOf('en-US')).toBe('en');
    expect(uiLocaleOf('de')).toBe('en');
  });

  it('the settings pass hours, name and locale to the classifier', () => {
    const s = defaultSettings();
    const c = toClassifierConfig({ ...s, businessName: 'Doce Lar' }, 'pt_BR');
    expect(c.locale).toBe('pt_BR');
    expect(c.businessName).toBe('Doce Lar');
    expect(c.businessHours).toBe(s.businessHours);
    expect(toClassifierConfig(s).locale).toBeUndefined();
  });
});

describe('keyed reasons', () => {
  it('are the same whatever the interface language, quoting the customer as written', () => {
    const text = 'Quero falar com um atendente, encomendei 200 caixas';
    const keyed = (['en', 'pt_BR', 'es'] as const).map(
      (locale) => classify({ text }, config({ locale })).keyedReasons,
    );
    expect(keyed[0]).toEqual([
      { category: 'human_request', key: 'person', quote: 'falar com um atendente' },
      { category: 'high_value', key: 'quantity', quote: '200 caixas', count: 50 },
    ]);
    expect(keyed[1]).toEqual(keyed[0]);
    expect(keyed[2]).toEqual(keyed[0]);
  });

  it('name the owner’s own phrase by its category, and count messages in a row', () => {
    const triggers = structuredClone(config().triggers);
    triggers.complaint.add = ['muito caro'];
    expect(classify({ text: 'achei muito caro' }, config({ triggers })).keyedReasons).toEqual([
      { category: 'complaint', key: 'ownPhrase', quote: 'muito caro' },
    ]);
    const history = [
      { from: 'customer' as const, text: 'Oi, meu pedido chegou?' },
      { from: 'customer' as const, text: 'Alguém aí?' },
    ];
    const waiting = classify({ text: 'Olá??', history }, config()).keyedReasons ?? [];
    expect(waiting.find((r) => r.category === 'complaint')?.count).toBe(3);
  });
});

describe('a request for a person is quoted up to the person', () => {
  it.each([
    ['Can I please speak to a real person?', "asks for a person: 'speak to a real person'"],
    ['quero falar com uma pessoa real', "asks for a person: 'falar com uma pessoa'"],
    ['quiero hablar con una persona real', "asks for a person: 'hablar con una persona'"],
  ])('%s', (text, reason) => {
    expect(classify({ text }, config()).reasons).toContain(reason);
  });
});
