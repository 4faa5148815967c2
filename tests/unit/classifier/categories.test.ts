import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier/index';
import type { Category } from '../../../lib/classifier/types';
import { config } from './helpers';

const cfg = config();

describe('each category in each language', () => {
  it.each<[string, Category]>([
    ['Can I talk to a real person please', 'human_request'],
    ['Quero falar com um atendente', 'human_request'],
    ['¿Me pasas con un asesor? no quiero hablar con un bot', 'human_request'],
    ['My parcel arrived with the lid cracked and the candle broken', 'complaint'],
    ['a bolsa chegou rasgada e ninguém me responde', 'complaint'],
    ['el pedido llegó roto, quiero un reembolso', 'complaint'],
    ['My father passed away and I need flowers for the funeral', 'emotional'],
    ['estou desesperada, minha mãe está internada', 'emotional'],
    ['estoy muy triste, mi abuela falleció ayer', 'emotional'],
    ['Do you do wholesale? I run a gift shop', 'high_value'],
    ['preciso de 300 unidades para a empresa', 'high_value'],
    ['¿venden al por mayor? tengo una tienda', 'high_value'],
    ['Do you ship to Japan?', 'knowledge_gap'],
    ['os bolos são sem glúten?', 'knowledge_gap'],
    ['¿tienen opciones veganas?', 'knowledge_gap'],
  ])('%s → %s', (text, category) => {
    const out = classify({ text }, cfg);
    expect(out.escalate).toBe(true);
    expect(out.category).toBe(category);
    expect(out.reasons.length).toBeGreaterThan(0);
  });
});

describe('the same upset complaint in each language', () => {
  it.each([
    'Honestly I am so upset, the party was ruined. I want my money back.',
    'Sinceramente estou muito chateada, a festa foi arruinada. Quero meu dinheiro de volta.',
    'De verdad estoy muy molesta, la fiesta se arruinó. Quiero que me devuelvan el dinero.',
  ])('%s → complaint and emotional', (text) => {
    const out = classify({ text }, cfg);
    expect(out.category).toBe('complaint');
    expect(out.categories).toContain('emotional');
  });

  it('a polite "would it bother you" is not an upset customer', () => {
    const out = classify({ text: '¿Le molesta si paso a recoger el pedido más tarde?' }, cfg);
    expect(out.categories).not.toContain('emotional');
    expect(out.categories).not.toContain('complaint');
  });
});

describe('routine messages are not escalated', () => {
  it.each([
    'Hi! How long does delivery take?',
    'obrigada, até amanhã 😊',
    'vale perfecto, gracias',
    'Good morning',
    'qual o valor do frete?',
    '¿aceptan tarjeta?',
    'Lovely, I will place the order tonight',
    'how are you?',
    'tudo bem com você?',
    '¿qué tal?',
  ])('%s', (text) => {
    const out = classify({ text }, cfg);
    expect(out).toMatchObject({ escalate: false, category: null, categories: [], reasons: [] });
  });
});

describe('chat writing: shorthand, caps, emoji, missing accents', () => {
  it.each<[string, Category]>([
    ['vc pode me passar pra um atendente pfv', 'human_request'],
    ['NAO CHEGOU MEU PEDIDO!!! 😡😡', 'complaint'],
    ['WHERE IS MY ORDER???', 'complaint'],
    ['pls can u get me a human', 'human_request'],
    ['xq no me llego el pedido?? ya van 2 semanas', 'complaint'],
    ['minha mae faleceu 😭😭 preciso de uma coroa de flores', 'emotional'],
    ['pleeeease I need to speak to someone', 'human_request'],
    ['tb queria saber se vcs fazem entrega internacional', 'knowledge_gap'],
  ])('%s → %s', (text, category) => {
    expect(classify({ text }, cfg).category).toBe(category);
  });
});

describe('meaning, not just words', () => {
  it.each([
    'no complaints, just a question: how long does delivery take?',
    'não é reclamação, só queria saber o horário de atendimento',
    'no es una queja, ¿cuánto cuesta el envío?',
    'my husband will pick it up on Friday',
    'meu marido vai buscar amanhã',
    'mi novio pasa a recogerlo mañana',
    "I'm not worried at all, take your time",
    'I was so happy I cried haha',
    'I talked to the owner yesterday, all sorted',
  ])('not escalated: %s', (text) => {
    expect(classify({ text }, cfg).escalate).toBe(false);
  });

  it.each([
    'Love the shop! Just a small thing: the strap came off the first day 😊',
    'Sorry to bother you, hope you are well, but the flowers arrived wilted',
    'desculpa incomodar, mas a caneca veio trincada',
  ])('politeness hiding a complaint: %s', (text) => {
    expect(classify({ text }, cfg).category).toBe('complaint');
  });

  it.each([
    'If I order today from a small town far away, how many days will it take to arrive, roughly?',
    'Quanto tempo demora pra entregar em Porto Alegre mais ou menos?',
    '¿Dónde están? ¿Se puede recoger en la tienda?',
  ])('complex-sounding question the FAQ answers: %s', (text) => {
    expect(classify({ text }, cfg).escalate).toBe(false);
  });
});

describe('words that only name something are not the category on their own', () => {
  const quiet = config({ knowledgeBase: [] });
  it.each<[string, Category]>([
    ['vocês têm produtos para doença celíaca?', 'emotional'],
    ['¿tienen algo para la enfermedad celíaca?', 'emotional'],
    ['do you deliver to the hospital on Main Street?', 'emotional'],
    ['qual o número de emergência da loja?', 'emotional'],
    ['I made a mistake in my order, can I change the size?', 'complaint'],
    ['I lost my receipt, can you send it again?', 'emotional'],
    ['please help me choose a gift for my sister', 'emotional'],
    ['¿tienen la tarta llamada selva negra?', 'human_request'],
    ['do you have the volume mascara in black?', 'high_value'],
    ['what volume is the big shampoo bottle?', 'high_value'],
  ])('%s: not %s', (text, category) => {
    expect(classify({ text }, quiet).categories).not.toContain(category);
  });

  it('while volume pricing still reads as a business order', () => {
    expect(
      classify({ text: 'can we talk volume pricing for our salons?' }, quiet).categories,
    ).toContain('high_value');
  });

  it.each([
    'my wife is in hospital and I need this sorted today',
    'meu filho está no hospital, dá pra entregar lá?',
    'mi marido está en el hospital, ¿pueden entregarlo allí?',
  ])('but being in hospital is: %s', (text) => {
    expect(classify({ text }, quiet).categories).toContain('emotional');
  });
});
