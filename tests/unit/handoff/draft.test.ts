import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, draftHandoff, type DraftSettings } from '../../../lib/handoff';
import type { Category } from '../../../lib/classifier/types';

const nineToSix = { open: '09:00', close: '18:00' };
const settings: DraftSettings = {
  businessName: 'Bolsas da Ilha',
  ownerName: 'Marta',
  businessHours: {
    timeZone: 'America/Sao_Paulo',
    week: {
      mon: nineToSix,
      tue: nineToSix,
      wed: nineToSix,
      thu: nineToSix,
      fri: nineToSix,
      sat: null,
      sun: null,
    },
    closedDates: [],
  },
  responseTimes: { inHoursMinutes: 120, outOfHoursMinutes: 60 },
  templates: DEFAULT_TEMPLATES,
};
const evening = Date.parse('2025-03-26T23:00:00Z'); // Wednesday 20:00 in São Paulo
const morning = Date.parse('2025-03-26T13:00:00Z'); // Wednesday 10:00
const thursday10 = Date.parse('2025-03-27T13:00:00Z');

describe('golden drafts, Wednesday evening (promise: tomorrow 10:00)', () => {
  it.each<[Category, string, string]>([
    [
      'human_request',
      'en',
      "Hi Ana,\nOf course, a person will take it from here. I've let Marta know, and you'll hear back tomorrow by 10:00.",
    ],
    [
      'human_request',
      'pt',
      'Oi, Ana!\nClaro, uma pessoa vai continuar o seu atendimento. Já avisei Marta, e você vai ter retorno amanhã até as 10:00.',
    ],
    [
      'human_request',
      'es',
      '¡Hola, Ana!\nClaro, una persona seguirá con tu consulta. Ya he avisado a Marta y te responderemos mañana antes de las 10:00.',
    ],
    [
      'complaint',
      'en',
      "Hi Ana,\nI'm sorry about the problem with your order, and thank you for telling us. I've let Marta know, and you'll hear back tomorrow by 10:00 so we can put it right.",
    ],
    [
      'complaint',
      'pt',
      'Oi, Ana!\nSinto muito pelo problema com o seu pedido, e obrigado por nos contar. Já avisei Marta, e você vai ter retorno amanhã até as 10:00 para resolvermos isso.',
    ],
    [
      'complaint',
      'es',
      '¡Hola, Ana!\nSiento mucho el problema con tu pedido y gracias por contárnoslo. Ya he avisado a Marta y te responderemos mañana antes de las 10:00 para solucionarlo.',
    ],
    [
      'emotional',
      'en',
      "Hi Ana,\nThank you for sharing this with us; I'm so sorry you're going through it. I've let Marta know personally, and you'll hear back tomorrow by 10:00.",
    ],
    [
      'emotional',
      'pt',
      'Oi, Ana.\nObrigado por compartilhar isso com a gente; sinto muito pelo que você está passando. Já avisei Marta pessoalmente, e você vai ter retorno amanhã até as 10:00.',
    ],
    [
      'emotional',
      'es',
      'Hola, Ana.\nGracias por compartir esto con nosotros; siento mucho lo que estás pasando. Ya he avisado a Marta personalmente y te responderemos mañana antes de las 10:00.',
    ],
    [
      'high_value',
      'en',
      "Hi Ana,\nThank you for your interest in a larger order with Bolsas da Ilha! I've passed your request to Marta, and you'll get the details tomorrow by 10:00.",
    ],
    [
      'high_value',
      'pt',
      'Oi, Ana!\nObrigado pelo interesse em fazer um pedido maior com Bolsas da Ilha! Já passei o seu pedido para Marta, e você vai receber os detalhes amanhã até as 10:00.',
    ],
    [
      'high_value',
      'es',
      '¡Hola, Ana!\nGracias por tu interés en hacer un pedido grande con Bolsas da Ilha. Ya he pasado tu solicitud a Marta y te enviaremos los detalles mañana antes de las 10:00.',
    ],
    [
      'knowledge_gap',
      'en',
      "Hi Ana,\nGood question! I don't want to give you a wrong answer, so I've passed it to Marta, and you'll hear back tomorrow by 10:00.",
    ],
    [
      'knowledge_gap',
      'pt',
      'Oi, Ana!\nÓtima pergunta! Para não te passar uma informação errada, já encaminhei para Marta, e você vai ter retorno amanhã até as 10:00.',
    ],
    [
      'knowledge_gap',
      'es',
      '¡Hola, Ana!\nBuena pregunta. Para no darte una información equivocada, ya se la he pasado a Marta y te responderemos mañana antes de las 10:00.',
    ],
  ])('%s in %s', (category, lang, expected) => {
    const draft = draftHandoff(
      { category, lang, customerName: 'Ana Souza', now: evening },
      settings,
    );
    expect(draft.text).toBe(expected);
    expect(draft.dueAt).toBe(thursday10);
  });
});

describe('drafts without names', () => {
  const anonymous = { ...settings, businessName: '  ', ownerName: '' };
  it.each([
    [
      'en',
      "Hi,\nThank you for your interest in a larger order with our team! I've passed your request to the owner, and you'll get the details within 2 hours.",
    ],
    [
      'pt',
      'Oi!\nObrigado pelo interesse em fazer um pedido maior com nossa equipe! Já passei o seu pedido para o responsável, e você vai receber os detalhes em até 2 horas.',
    ],
    [
      'es',
      '¡Hola!\nGracias por tu interés en hacer un pedido grande con nuestro equipo. Ya he pasado tu solicitud a la persona responsable y te enviaremos los detalles en un plazo de 2 horas.',
    ],
  ])('high_value in %s', (lang, expected) => {
    expect(draftHandoff({ category: 'high_value', lang, now: morning }, anonymous).text).toBe(
      expected,
    );
  });

  it.each(['+55 48 99999-0000', '   ', '🌸🌸', undefined])(
    'drops a customer name with no letters: %s',
    (name) => {
      const draft = draftHandoff(
        { category: 'emotional', lang: 'pt', customerName: name, now: morning },
        settings,
      );
      expect(draft.text.startsWith('Oi.\nObrigado')).toBe(true);
    },
  );

  it('capitalises a fallback that starts a sentence', () => {
    const templates = {
      ...DEFAULT_TEMPLATES,
      complaint: {
        ...DEFAULT_TEMPLATES.complaint,
        en: '{customer}, sorry! {owner} will write {promise}.',
      },
    };
    const draft = draftHandoff(
      { category: 'complaint', lang: 'en', now: evening },
      { ...anonymous, templates },
    );
    expect(draft.text).toBe('Sorry! The owner will write tomorrow by 10:00.');
  });
});

describe('language, promise and templates', () => {
  it.each([
    ['fr', 'en'],
    ['', 'en'],
    ['pt-BR', 'pt'],
    ['es_ES', 'es'],
    ['EN', 'en'],
  ])('language %j drafts in %s', (lang, expected) => {
    expect(draftHandoff({ category: 'complaint', lang, now: morning }, settings).lang).toBe(
      expected,
    );
  });

  it('returns the promise and its deadline alongside the text', () => {
    const draft = draftHandoff({ category: 'complaint', lang: 'es', now: morning }, settings);
    expect(draft.promise).toBe('en un plazo de 2 horas');
    expect(draft.dueAt).toBe(morning + 2 * 60 * 60_000);
  });

  it('promises nothing specific when the business is never open', () => {
    const week = { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null };
    const closed = { ...settings, businessHours: { ...settings.businessHours, week } };
    const draft = draftHandoff(
      { category: 'human_request', lang: 'en', customerName: 'Tom', now: morning },
      closed,
    );
    expect(draft.dueAt).toBeUndefined();
    expect(draft.text).toBe(
      "Hi Tom,\nOf course, a person will take it from here. I've let Marta know, and you'll hear back as soon as possible.",
    );
  });

  it("uses the owner's template", () => {
    const templates = {
      ...DEFAULT_TEMPLATES,
      knowledge_gap: {
        ...DEFAULT_TEMPLATES.knowledge_gap,
        es: '{customer}: {business} te contesta {promise}. Ya lo sabe {owner}.',
      },
    };
    const draft = draftHandoff(
      { category: 'knowledge_gap', lang: 'es', customerName: 'Lucía', now: evening },
      { ...settings, templates },
    );
    expect(draft.text).toBe(
      'Lucía: Bolsas da Ilha te contesta mañana antes de las 10:00. Ya lo sabe Marta.',
    );
  });

  it('falls back to the default when a stored template is invalid', () => {
    const templates = {
      ...DEFAULT_TEMPLATES,
      complaint: { ...DEFAULT_TEMPLATES.complaint, pt: 'Oi {nome}' },
    };
    const draft = draftHandoff(
      { category: 'complaint', lang: 'pt', customerName: 'Ana', now: evening },
      { ...settings, templates },
    );
    expect(draft.text).toContain('Sinto muito pelo problema');
    expect(draft.text).not.toContain('{');
  });
});
