import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier/index';
import { bestCover, faqDocs, termsOf } from '../../../lib/classifier/faq';
import { normPhrase } from '../../../lib/classifier/normalise';
import type { BusinessFacts, ClassifierConfig } from '../../../lib/classifier/types';
import { config } from './helpers';

const hours: BusinessFacts = {
  week: {
    mon: { open: '09:00', close: '18:00' },
    tue: { open: '09:00', close: '18:00' },
    wed: { open: '09:00', close: '18:00' },
    thu: { open: '09:00', close: '18:00' },
    fri: { open: '09:00', close: '18:00' },
    sat: null,
    sun: null,
  },
  closedDates: ['2026-12-25'],
};
const giftCardFaq = [
  {
    question: 'Do you sell gift cards?',
    answer: 'Yes, gift cards from 20 to 200, printed or sent by e-mail.',
  },
];

function cats(text: string, over: Partial<ClassifierConfig> = {}): string[] {
  return classify({ text }, config({ businessHours: hours, businessName: 'Doce Lar', ...over }))
    .categories;
}

describe('a fresh install (empty FAQ) is quiet about questions', () => {
  it.each([
    'Hi, what time do you close on Saturday?',
    'Do you ship to Japan?',
    'Vocês fazem bolo sem glúten?',
    '¿Tienen estacionamiento?',
  ])('%s → no knowledge_gap', (text) => {
    expect(cats(text, { knowledgeBase: [] })).not.toContain('knowledge_gap');
  });

  it('an FAQ with only blank entries counts as empty', () => {
    expect(
      cats('Do you ship to Japan?', { knowledgeBase: [{ question: ' ', answer: '' }] }),
    ).toEqual([]);
  });

  it('other categories still work without an FAQ', () => {
    expect(cats('I want to talk to a human', { knowledgeBase: [] })).toContain('human_request');
  });
});

describe('the settings answer questions like FAQ entries', () => {
  it.each([
    'Hi, what time do you close on Saturday?',
    'Are you open?',
    'Are you open tomorrow?',
    'Que horas vocês fecham hoje?',
    '¿A qué hora abren el lunes?',
    'Are you open on Christmas?',
    "What's the name of the shop?",
  ])('%s → answered by the settings', (text) => {
    expect(cats(text)).not.toContain('knowledge_gap');
  });

  it('without closed dates, a holiday question stays a gap', () => {
    expect(
      cats('Are you open on Christmas?', { businessHours: { ...hours, closedDates: [] } }),
    ).toContain('knowledge_gap');
  });

  it('Portuguese "no" is "in the", not a negation: a holiday or abroad question keeps its topic', () => {
    const noClosedDates = { businessHours: { ...hours, closedDates: [] } };
    // The hours alone do not say whether the shop opens on a holiday.
    expect(cats('Vocês abrem no feriado?', noClosedDates)).toContain('knowledge_gap');
    expect(cats('Vocês abrem no Natal?', noClosedDates)).toContain('knowledge_gap');
    // With closed dates set, the same questions are answered.
    expect(cats('Vocês abrem no feriado?')).not.toContain('knowledge_gap');
    // The FAQ covers delivery but not abroad.
    expect(cats('Vocês entregam no exterior?')).toContain('knowledge_gap');
    // An FAQ entry written in Portuguese with "no exterior" answers it.
    const abroad = [
      { question: 'Entregam no exterior?', answer: 'Sim, enviamos para o exterior.' },
    ];
    expect(cats('Vocês entregam no exterior?', { knowledgeBase: abroad })).not.toContain(
      'knowledge_gap',
    );
  });

  it('hours do not answer a question about something else on that day', () => {
    expect(cats('Do you deliver on Sundays?')).toContain('knowledge_gap');
    expect(cats('What time do you deliver?')).toContain('knowledge_gap');
  });

  it('without business hours, "what time do you close?" is a gap if the FAQ lacks it', () => {
    expect(
      cats('What time do you close on Saturday?', {
        knowledgeBase: giftCardFaq,
        businessHours: { week: {}, closedDates: [] },
      }),
    ).toContain('knowledge_gap');
  });
});

describe('what is not a knowledge gap', () => {
  it.each([
    'Hello!',
    'thanks so much!',
    'Obrigada!!',
    '¡Gracias!',
    'Bom dia, tudo bem?',
    'is this a bot?',
    'é um robô?',
    '¿eres un bot?',
  ])('%s → not a gap', (text) => {
    expect(cats(text)).not.toContain('knowledge_gap');
  });

  it.each([
    'Can I talk to a person, please? I need to change a big order.',
    'Posso falar com um atendente?',
    '¿Puedo hablar con una persona?',
  ])('asking for a person is a request, not an unanswered question: %s', (text) => {
    const found = cats(text, { knowledgeBase: giftCardFaq });
    expect(found).toContain('human_request');
    expect(found).not.toContain('knowledge_gap');
  });

  it('a real question beside the request for a person is still looked up', () => {
    const found = cats('Can I talk to a person? Do you deliver to Porto?', {
      knowledgeBase: giftCardFaq,
    });
    expect(found).toEqual(expect.arrayContaining(['human_request', 'knowledge_gap']));
  });

  it("a question in a group chat is the members' to each other, not for the FAQ", () => {
    const cfg = config({ businessHours: hours, knowledgeBase: giftCardFaq });
    const text = 'Do you deliver to Porto?';
    expect(classify({ text }, cfg).categories).toContain('knowledge_gap');
    expect(classify({ text, group: true }, cfg).escalate).toBe(false);
    // Everything else still counts in a group.
    const upset = classify(
      { text: 'Can I talk to a person? The cake was ruined.', group: true },
      cfg,
    );
    expect(upset.categories).toEqual(expect.arrayContaining(['human_request', 'complaint']));
    expect(upset.categories).not.toContain('knowledge_gap');
  });

  it.each([
    ['Can I pick up my sourdough at 8 tomorrow?', 'Can I pick up my order early in the morning?'],
    [
      'Posso buscar o pão de fermentação natural amanhã às 8h?',
      'Posso buscar a encomenda de manhã cedo?',
    ],
    [
      '¿Puedo recoger mi pan de masa madre mañana a las 8?',
      '¿Puedo recoger mi pedido temprano por la mañana?',
    ],
  ])('an hour written "8h" is no more a topic than "8": %s', (text, question) => {
    const kb = [{ question, answer: 'Yes, from 7:00.' }];
    expect(cats(text, { knowledgeBase: kb })).not.toContain('knowledge_gap');
  });

  it('a near miss is not an answer: braille on the card vs a gift-card entry', () => {
    expect(cats('Can you write the card in braille?', { knowledgeBase: giftCardFaq })).toContain(
      'knowledge_gap',
    );
    expect(cats('Do you sell gift cards?', { knowledgeBase: giftCardFaq })).not.toContain(
      'knowledge_gap',
    );
  });

  it('an English question finds a Portuguese entry and the other way round', () => {
    const kb = [{ question: 'Quanto custa o frete?', answer: 'O frete é grátis acima de R$ 250.' }];
    expect(cats('How much is shipping?', { knowledgeBase: kb })).not.toContain('knowledge_gap');
    expect(cats('¿Cuánto cuesta el envío?', { knowledgeBase: kb })).not.toContain('knowledge_gap');
  });
});

describe('high value reads intent', () => {
  it.each([
    ['I would like to order 60 cupcakes', "'60 cupcakes'"],
    ['Can I order 300 croissants for Friday', "'300 croissants'"],
    ['Can I get a dozen for my team?', "'for my team'"],
    ['We need approx. 300 for the launch', "'300'"],
    ['Would you give me a discount if I buy 20?', "'discount if I buy'"],
    ['I would like to resell your candles in my store', "'resell'"],
    ['Do you accept products on consignment?', "consignment'"],
    ['We are interested in exclusivity for our city', "'exclusivity'"],
    ['Interested in a partnership with our brand', "'partnership'"],
    ['Vocês trabalham com consignado?', "'consignado'"],
    ['Faz um preço se eu levar 20?', "'Faz um preço'"],
    ['Queremos 40 para o evento da empresa', 'evento'],
    ['¿Aceptan productos a consignación?', "'a consignación'"],
    ['¿Me hacen descuento si compro 20?', "'descuento si compro'"],
    ['Buscamos exclusividad en Lima', "'exclusividad'"],
  ])('%s → high_value quoting %s', (text, quoted) => {
    const out = classify({ text }, config());
    expect(out.categories).toContain('high_value');
    expect(out.category).toBe('high_value');
    expect(out.reasons.join(' ')).toContain(quoted);
  });

  it('an ordering question with a bulk quantity is an order, not an FAQ gap', () => {
    expect(cats('Can I order 300 croissants for Friday')).toEqual(['high_value']);
  });

  it('"order" followed by an order number is still not a quantity', () => {
    expect(cats('my order 60213 has not arrived')).not.toContain('high_value');
    expect(cats('I want to order 2 cakes')).not.toContain('high_value');
  });
});

describe('a word counts for a topic only in the construction that gives it that meaning', () => {
  const fixtureFaq = config().knowledgeBase;
  const paymentFaq = [
    {
      question: 'Which payments do you accept?',
      answer: 'Credit and debit cards, Pix and cash at the counter.',
    },
  ];
  const giftWrapFaq = [
    {
      question: 'Do you gift wrap?',
      answer: 'Yes, gift wrap and a handwritten card are free, just ask.',
    },
  ];

  it.each([
    // "take", "leva", "lleva" are time only after "how long", "quanto (tempo)", "cuánto (tiempo)".
    'Do you take orders by phone?',
    'Can I take the cake on the plane?',
    'O bolo leva recheio de chocolate?',
    'Quem leva a mesa extra?',
    '¿La tarta lleva relleno de chocolate?',
    '¿Quién lleva la mesa extra?',
  ])('the delivery-time entry does not answer %s', (text) => {
    expect(cats(text, { knowledgeBase: fixtureFaq })).toContain('knowledge_gap');
  });

  it.each([
    'How long does it take?',
    'How many days does shipping take?',
    'Quanto tempo leva?',
    'Quanto leva pra chegar?',
    '¿Cuánto lleva?',
    '¿Cuánto tiempo lleva el envío?',
  ])('"%s" is still a time question the delivery-time entry answers', (text) => {
    expect(cats(text, { knowledgeBase: fixtureFaq })).not.toContain('knowledge_gap');
  });

  it.each([
    // Opening a jar, closing an order, a date: not the shop's hours.
    'How do I open the jar?',
    'Como abre o pote?',
    'Como faço pra fechar o pedido?',
    '¿Cómo se abre el frasco?',
    '¿Para qué fecha estaría listo el pastel?',
  ])('the business hours do not answer %s', (text) => {
    expect(cats(text, { knowledgeBase: giftCardFaq })).toContain('knowledge_gap');
  });

  it.each([
    'Do you open on Sundays?',
    'Are you open the day after Christmas?',
    'Fecha a que horas no sábado?',
    'Vocês abrem o dia todo?',
    '¿Abren el sábado?',
    '¿Cierran el 24?',
    '¿Abren los domingos por la mañana?',
  ])('"%s" is still answered by the business hours', (text) => {
    expect(cats(text, { knowledgeBase: giftCardFaq })).not.toContain('knowledge_gap');
  });

  it.each([
    // After a count, "hours" is a duration, not the opening hours.
    'Is it ready in an hour?',
    'Quantas horas de antecedência preciso encomendar?',
    'Fica pronto em 2 horas?',
    '¿Con cuántas horas de antelación hay que pedir?',
  ])('the business hours do not answer %s', (text) => {
    expect(cats(text, { knowledgeBase: giftCardFaq })).toContain('knowledge_gap');
  });

  it.each([
    'What are your hours?',
    'What are your opening hours?',
    'Horas de funcionamento?',
    '¿Cuáles son sus horas de atención?',
  ])('"%s" asks for the opening hours: the settings answer it', (text) => {
    expect(cats(text, { knowledgeBase: giftCardFaq })).not.toContain('knowledge_gap');
  });

  it.each([
    // "pick" is a pick-up only with "up", "collection" is a range of products, "last" is how long
    // something keeps only as a verb.
    'Can you pick a nice one for me?',
    'When does the new collection launch?',
    'Is this the last one?',
  ])('the store and care entries do not answer %s', (text) => {
    expect(cats(text, { knowledgeBase: fixtureFaq })).toContain('knowledge_gap');
  });

  it('"store" followed by what is kept is keeping it, not a shop', () => {
    const shopFaq = [
      { question: 'Where is your shop?', answer: 'Rua das Flores 120, open daily.' },
    ];
    expect(cats('How should I store the cake?', { knowledgeBase: shopFaq })).toContain(
      'knowledge_gap',
    );
    expect(cats('Is there a store near the station?', { knowledgeBase: shopFaq })).not.toContain(
      'knowledge_gap',
    );
    expect(cats('How should I store the cake?', { knowledgeBase: fixtureFaq })).not.toContain(
      'knowledge_gap',
    );
  });

  it.each([
    // "local" is the shop only as a noun ("o local", "el local"), not local flour.
    'Do you use local flour?',
    'Vocês usam farinha local?',
    '¿Usan harina local?',
  ])('the store entry does not answer %s', (text) => {
    expect(cats(text, { knowledgeBase: fixtureFaq })).toContain('knowledge_gap');
  });

  it.each(['Onde fica o local?', '¿Dónde está el local?'])(
    '"%s" still asks where the shop is',
    (text) => {
      expect(cats(text, { knowledgeBase: fixtureFaq })).not.toContain('knowledge_gap');
    },
  );

  it('a table or chart of prices is not a size chart', () => {
    const sizeFaq = [
      {
        question: 'How do I choose my size?',
        answer: 'Each product has a size chart with its measurements.',
      },
    ];
    for (const text of [
      'Do you have a price chart?',
      'Vocês têm tabela de preços?',
      'Vocês têm tabela nutricional?',
      '¿Tienen tabla de precios?',
    ])
      expect(cats(text, { knowledgeBase: sizeFaq }), text).toContain('knowledge_gap');
    for (const text of [
      'Do you have a size chart?',
      'Tem tabela de medidas?',
      'Vocês têm tabela?',
      '¿Tienen tabla de tallas?',
    ])
      expect(cats(text, { knowledgeBase: sizeFaq }), text).not.toContain('knowledge_gap');
  });

  it.each(['Can I pick it up at the store?', 'How long does it last in the fridge?'])(
    '"%s" is still answered',
    (text) => {
      expect(cats(text, { knowledgeBase: fixtureFaq })).not.toContain('knowledge_gap');
    },
  );

  it.each([
    'Can you add a birthday card to the flowers?',
    'Dá pra colocar um cartão de aniversário nas flores?',
    '¿Pueden poner una tarjeta de cumpleaños con las flores?',
  ])('a card for an occasion is a gift, not a payment: %s', (text) => {
    expect(cats(text, { knowledgeBase: paymentFaq })).toContain('knowledge_gap');
    expect(cats(text, { knowledgeBase: giftWrapFaq })).not.toContain('knowledge_gap');
  });
});

describe('a product named in several words weighs as much as one named in one word', () => {
  const deliveryFaq = [
    {
      question: 'Do you deliver?',
      answer: 'Yes, every day within the city; the fee depends on the distance.',
    },
  ];
  const sameQuestion = [
    ['en', 'Do you deliver the sourdough and the carrot cake?'],
    ['pt', 'Vocês entregam o pão de fermentação natural e o bolo de cenoura?'],
    ['es', '¿Entregan el pan de masa madre y la tarta de zanahoria?'],
  ] as const;

  it.each(sameQuestion)('the delivery entry answers it (%s): %s', (_lang, text) => {
    expect(cats(text, { knowledgeBase: deliveryFaq })).not.toContain('knowledge_gap');
  });

  it('the same question in three languages gets the same coverage from the same entry', () => {
    const docs = faqDocs(deliveryFaq);
    const [en, pt, es] = sameQuestion.map(
      ([lang, text]) => bestCover(termsOf(normPhrase(text), lang), docs).coverage,
    );
    expect(pt).toBeCloseTo(en as number, 6);
    expect(es).toBeCloseTo(en as number, 6);
  });

  it('a product entry answers its product only: one word of a long name is not the name', () => {
    const kb = [
      {
        question: 'Vocês têm pão de fermentação natural?',
        answer: 'Sim, às terças e sextas, encomende até a véspera.',
      },
    ];
    expect(cats('Vocês têm pão de fermentação natural?', { knowledgeBase: kb })).not.toContain(
      'knowledge_gap',
    );
    expect(cats('Vocês têm pão de queijo congelado?', { knowledgeBase: kb })).toContain(
      'knowledge_gap',
    );
    expect(cats('¿Tienen pan de masa madre integral?', { knowledgeBase: kb })).toContain(
      'knowledge_gap',
    );
  });
});

describe('a question word alone is a near miss, not an answer', () => {
  const fixtureFaq = config().knowledgeBase;

  it.each([
    // "where" matches the store entry, "when" the delivery-time entry; the topic matches nothing.
    'Where can I find the instruction manual?',
    'Onde encontro o manual de instruções?',
    '¿Dónde encuentro el manual de instrucciones?',
    'When is the launch?',
    'Quando é o lançamento?',
    '¿Cuándo es el lanzamiento?',
  ])('%s → knowledge_gap', (text) => {
    expect(cats(text, { knowledgeBase: fixtureFaq })).toContain('knowledge_gap');
  });

  it.each([
    'Where are you?',
    'Where is your shop?',
    'Onde fica?',
    'Onde compro?',
    '¿Dónde están?',
    '¿Dónde queda?',
  ])('"%s" has nothing but the question word, or the topic is there: answered', (text) => {
    expect(cats(text, { knowledgeBase: fixtureFaq })).not.toContain('knowledge_gap');
  });
});
