import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier/index';
import { normalise } from '../../../lib/classifier/normalise';
import { readAmounts } from '../../../lib/classifier/quantities';
import { config } from './helpers';

function amounts(text: string) {
  const n = normalise(text);
  return readAmounts(n.text, n.tokens);
}

describe('numbers that label something are not quantities', () => {
  it.each([
    // A product code or name right before the number.
    'I want to buy the psr e 463 keyboard',
    'my PSR-463 keyboard stopped working',
    'I need the iPhone 13 case',
    'looking for a gtx 1080 card',
    // A label noun right before it, or one word before ("number", "ending in").
    'mi cuenta 55678 necesito revisar',
    'need to change flight 2231 please',
    'account number 5567 wants to buy',
  ])('%s → no quantity', (text) => {
    expect(amounts(text).quantity).toBe(0);
  });

  it('keeps the quantity of goods next to a label ("room 204 needs 80 towels")', () => {
    expect(amounts('room 204 needs 80 towels').quantity).toBe(80);
    expect(amounts('my flight 1234 was cancelled, I need 60 seats').quantity).toBe(60);
  });

  it('shorthand without vowels is a word, not a code ("qtd 300 caixas")', () => {
    expect(amounts('qtd 300 caixas').quantity).toBe(300);
    expect(amounts('I NEED 300 CUPCAKES').quantity).toBe(300);
  });
});

describe('money being moved is neither an order nor a sale', () => {
  it.each([
    'I want to transfer amount to 1500 rupees',
    'I paid 3000 dollars and nothing arrived',
    'paguei R$ 5.000 e nada',
    'quero transferir 1.500 reais',
    'quiero retirar 2500 pesos del cajero',
    'I need a refund of about 2000',
  ])('%s → no quantity, no amount', (text) => {
    const a = amounts(text);
    expect([a.quantity, a.money]).toEqual([0, 0]);
  });

  it('goods after a verb of sending stay a quantity ("send 300 cupcakes")', () => {
    expect(amounts('can you send 300 cupcakes to my office').quantity).toBe(300);
  });

  it('a budget or amount in an order is still money', () => {
    expect(amounts('presupuesto de 5.000 euros para flores del evento').money).toBe(5000);
  });
});

describe('named high-value messages still read their quantity', () => {
  it.each([
    ['I would like to order 60 cupcakes', 60],
    ['Can I order 300 croissants for Friday', 300],
    ['approx. 300', 300],
    ['we need about 300, can you do $2 each?', 300],
    ['quero 300 bolsas e 200 caixas', 300],
    ['Necesito 200 tazas personalizadas', 200],
  ])('%s → %i', (text, quantity) => {
    expect(amounts(text).quantity).toBe(quantity);
  });

  it.each([
    'I want to buy the psr e 463 keyboard, is it in stock?',
    'I want to transfer amount to 1500 rupees',
    'quero transferir 5.000 reais para a conta da loja',
  ])('%s → not high value', (text) => {
    expect(classify({ text }, config()).categories).not.toContain('high_value');
  });

  it.each(['Can I order 300 croissants for Friday?', 'quiero pedir 2 mil unidades'])(
    '%s → high value',
    (text) => {
      expect(classify({ text }, config()).categories).toContain('high_value');
    },
  );
});

describe('digit groups', () => {
  it('joins "." and "," thousands groups of exactly three digits, and only those', () => {
    expect(amounts('quero 1.500 caixas').quantity).toBe(1500);
    expect(amounts('quero 2,000 boxes').quantity).toBe(2000);
    expect(amounts('quero 1.50 caixas').quantity).toBe(0);
    expect(amounts('quero 1.5000 caixas').quantity).toBe(0);
    expect(amounts('quero 1.a00 caixas').quantity).toBe(1);
  });

  it('leaves out long digit runs without separators and numbers followed by another number', () => {
    expect(amounts('quero 1234567 caixas').quantity).toBe(0);
    expect(amounts('quero 1.234.567 caixas').quantity).toBe(1234567);
    expect(amounts('quero 300 2 caixas').quantity).toBe(0);
    expect(amounts('quero 300 caixas 2').quantity).toBe(300);
  });
});

describe('a measure is not a quantity of goods', () => {
  it.each([
    'quero 500 gramas de brigadeiro',
    'do you ship 200 km away?',
    'o bolo precisa de 30 centímetros e 2 litres de recheio? não, só 250 ml',
    'puedes hacerla de 40 pulgadas?',
    'a 12 inch pizza please',
    'fica a 300 metros da loja?',
    'the oven needs 180 degrees',
  ])('%s → no quantity', (text) => {
    expect(amounts(text).quantity).toBe(0);
  });

  it('goods counted next to a measure keep their count', () => {
    expect(amounts('quero 300 brigadeiros de 20 gramas').quantity).toBe(300);
    expect(amounts('I would like to order 60 cupcakes, 2 inches each').quantity).toBe(60);
  });

  it('a bakery asked for a cake by weight is not flagged as a big order', () => {
    expect(
      classify({ text: 'oi, quero um bolo de 500 gramas pra sábado' }, config()).categories,
    ).not.toContain('high_value');
  });
});
