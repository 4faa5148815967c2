/**
 * Quantities, money amounts and deadlines read from normalised tokens. "300 bolsas", "2 mil
 * unidades", "cinco dúzias", "R$ 5.000", "for Friday". Ordinary numbers that are not order
 * sizes (dates, times, order numbers, phone numbers, sizes, prices) are left out.
 */
import { oneSpaced } from './matcher';
import type { Token } from './normalise';

const NUMBER_TABLE: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  hundreds: 200,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  tres: 3,
  quatro: 4,
  cinco: 5,
  seis: 6,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  doze: 12,
  vinte: 20,
  trinta: 30,
  quarenta: 40,
  cinquenta: 50,
  sessenta: 60,
  setenta: 70,
  oitenta: 80,
  noventa: 90,
  cem: 100,
  cento: 100,
  centos: 100,
  duzentos: 200,
  duzentas: 200,
  trezentos: 300,
  trezentas: 300,
  quinhentos: 500,
  quinhentas: 500,
  centenas: 200,
  uno: 1,
  dos: 2,
  cuatro: 4,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  ochenta: 80,
  cien: 100,
  ciento: 100,
  cientos: 200,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  quinientos: 500,
  quinientas: 500,
};
const NUMBER_WORDS = new Map(Object.entries(NUMBER_TABLE));
const MULTIPLIER_TABLE: Record<string, number> = {
  mil: 1000,
  thousand: 1000,
  k: 1000,
  dozen: 12,
  dozens: 12,
  duzia: 12,
  duzias: 12,
  docena: 12,
  docenas: 12,
  hundred: 100,
  cento: 100,
  centos: 100,
  cien: 100,
};
const MULTIPLIERS = new Map(Object.entries(MULTIPLIER_TABLE));
/**
 * Words before "order" that make it the verb ("to order 60", "can I order 300"), not an order
 * number ("order 60213").
 */
const ORDER_VERB_BEFORE = new Set(
  `to i we can could would will wanna please like also and d ll you`.split(/\s+/),
);
/** Words after a number that show it is not a quantity of goods: times, money, measures. */
const NOT_GOODS = new Set(
  `am pm h hs hrs hr hora horas hour hours min mins minuto minutos minutes minute dia dias day
  days semana semanas week weeks mes meses month months ano anos year years de del of th st nd rd
  cm mm m kg g gr ml l litro litros x percent por porcento anos anos reais real rs euros euro
  eur dolares dollars dollar usd pesos peso libras pounds gbp brl mxn ars clp cop vezes times
  parcelas cuotas andar piso numero number n km kms miles mile mph kmh metro metros meter meters
  metre metres centimetro centimetros centimeter centimeters centimetre centimetres quilometro
  quilometros kilometro kilometros feet ft foot inch inches polegadas pulgadas gram grams grama gramas gramo gramos mg oz ounce ounces lb lbs liter liters litre
  litres cc kcal calorias calories graus grados degrees segundos seconds vez veces`.split(/\s+/),
);
const ORDER_REF = new Set([
  'pedido',
  'order',
  'numero',
  'number',
  'n',
  'no',
  'nro',
  'num',
  'codigo',
  'code',
  'id',
  'ref',
  'tel',
  'telefone',
  'telefono',
  'phone',
  'cep',
  'zip',
  'size',
  'tamanho',
  'talla',
  'talle',
  'tam',
  'rua',
  'calle',
  'street',
  'apto',
  'casa',
]);
/**
 * Words that name the thing a number labels: "flight 1234", "room 204", "model 463", "card
 * ending 4321". Right before the number, or one word before when the word between is a number
 * word or "ending" ("account number 5567", "cartão final 4321").
 */
const LABEL_NOUNS = new Set(
  `flight voo vuelo card cartao tarjeta account conta cuenta invoice fatura factura boleto ticket
  protocol protocolo tracking rastreio seguimiento model modelo version versao serie series serial
  room quarto habitacion sala table mesa gate portao puerta seat assento asiento line linha linea
  route rota ruta apartment apartamento depto dpto ext extension ramal cpf cnpj rg dni nif rut
  passport passaporte pasaporte receipt recibo transaction transacao transaccion reference
  referencia sku item article artigo articulo page pagina chapter capitulo bus onibus autobus
  ending final terminado terminada terminando`.split(/\s+/),
);
const LABEL_GAP = new Set(`number numero no n nro num nr in em en`.split(/\s+/));
/**
 * Verbs that move money, whole or as a stem: in their clause a bare number or an amount is money
 * being paid, sent or refunded ("transfer amount to 1500", "paguei 3.000 reais", "retirar 500"),
 * not an order. A number followed by goods stays a quantity ("send 300 cupcakes").
 */
const MONEY_VERBS = new Set(
  `send sent sending pay paid paying pays payment payments repay wire wired owe owed lend loan
  borrow borrowed saque sacar saquei sacou enviei enviar enviou envie envio enviado mande mandei
  mandar mando mandou pix recarga recargar topup`.split(/\s+/),
);
const MONEY_STEMS = [
  'transf',
  'withdr',
  'refund',
  'reimburs',
  'deposit',
  'charg',
  'debit',
  'credit',
  'pag',
  'reembols',
  'estorn',
  'cobr',
  'devolv',
  'retir',
  'emprest',
  'prestam',
];
/** Nouns that make the number after them a sum: "amount to 1500", "valor de 2000", "saldo 800". */
const SUM_NOUNS = new Set(
  `amount amounts sum balance valor quantia montante monto importe saldo`.split(/\s+/),
);
/** Shorthand without vowels that is a word, not a code: "qtd 300", "pls 300", "vc". */
const SHORTHAND = new Set(
  `q qtd qtde qnt qty pls plz pf pfv pfvr vc vcs pq tb tbm msm mt mto mts hj td tds nd ll d s t m
  ve re x xq k`.split(/\s+/),
);
/** A vowel-less code word ("psr", "gtx"), shorthand aside. */
function isCode(w: string): boolean {
  return w.length <= 5 && /^[a-z]+$/.test(w) && !/[aeiouy]/.test(w) && !SHORTHAND.has(w);
}
/** A name written with a capital after a small letter: "iPhone", "PlayStation" (not "NEED"). */
const MIXED_CASE_RE = /\p{Ll}.*\p{Lu}/u;

/**
 * Whether the number at token i labels something instead of counting it: it follows a label noun
 * ("flight 1234"), a product code or name ("psr e 463", "PSR-463", "iPhone 13", "XR 500"), or a
 * word it is hyphened to ("A-320").
 */
function isIdentifier(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (prev === undefined || prev.clause !== t.clause) return false;
  if (text[t.start - 1] === '-' && prev.end === t.start - 1) return true;
  const p = prev.w;
  if (LABEL_NOUNS.has(p)) return true;
  const prev2 = tokens[i - 2];
  if (prev2 !== undefined && LABEL_GAP.has(p) && LABEL_NOUNS.has(prev2.w)) return true;
  // A code: a word without vowels ("psr", "gtx", "s 21"), a vowel letter after one ("psr e
  // 463"), or a name written with a capital inside ("iPhone", "PlayStation").
  if (isCode(p)) return true;
  if (p.length === 1 && prev2?.clause === t.clause && isCode(prev2.w)) return true;
  // Names are short; the bound keeps a huge run of letters from costing a long regex scan.
  return prev.end - prev.start <= 24 && MIXED_CASE_RE.test(text.slice(prev.start, prev.end));
}

/** Whether a verb that moves money comes before token i in its clause (up to six words back). */
function afterMoneyVerb(tokens: readonly Token[], i: number): boolean {
  const clause = (tokens[i] as Token).clause;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = tokens[k] as Token;
    if (t.clause !== clause) break;
    if (MONEY_VERBS.has(t.w) || SUM_NOUNS.has(t.w)) return true;
    for (const stem of MONEY_STEMS) if (t.w.startsWith(stem)) return true;
  }
  return false;
}

const ORDER_VERBS = new Set(
  `quero queria queremos gostaria gostariamos preciso precisamos want wanted need needs order
  ordering pedir encomendar comprar buy buying necesito necesitamos quiero queremos quisiera
  quisieramos cotizar cotacao about around approximately approx aprox apx circa roughly cerca uns umas unos unas
  aproximadamente some like tipo entre between`.split(/\s+/),
);
const GENERIC_NEXT = new Set(
  `is are was it i you and or the a to for e o a que y el la en no na of in on por para
  pra com con with at as ate hasta until`.split(/\s+/),
);
const CURRENCY_WORDS = new Set([
  'reais',
  'real',
  'rs',
  'euros',
  'euro',
  'eur',
  'dolares',
  'dollars',
  'dollar',
  'usd',
  'pesos',
  'peso',
  'libras',
  'pounds',
  'gbp',
  'brl',
  'mxn',
  'ars',
  'clp',
  'cop',
  'rupees',
  'rupee',
  'inr',
  'yen',
  'yuan',
  'cad',
  'aud',
  'cents',
  'centavos',
  'centimos',
  'soles',
  'bolivares',
  'quetzales',
  'colones',
  'grand',
  'bucks',
  'quid',
  'pavos',
  'lucas',
  'conto',
  'contos',
]);
const CURRENCY_SYMBOL_RE = /(?:R\$|US\$|\$|€|£)\s*$/;

/**
 * Words of ordering or asking, whole or as a stem: a quantity of goods makes a big order only in
 * a message that orders or asks ("we need 300", "quanto sai 200 caixas?", "encomendei 200"), not
 * in chatter that happens to hold a number ("we scored 66 points", "my post got 200 likes").
 */
const ORDER_WORDS = new Set(
  `want wants wanted need needs needed buy buying bought how much many quote available make
  quanto quanta quantos quantas sai disponivel fazer faz fazem cuanto cuanta cuantos cuantas
  disponible hacer hacen hace`.split(/\s+/),
);
const ORDER_STEMS = [
  'order',
  'purchas',
  'price',
  'cost',
  'quer',
  'quier',
  'quis',
  'gostari',
  'precis',
  'necesit',
  'encomend',
  'pedi',
  'pedid',
  'compr',
  'orcament',
  'cotac',
  'cotiz',
  'presupuest',
  'prec',
  'cust',
  'cuest',
];

/** Whether the message orders or asks (ORDER_WORDS): read only when a bulk quantity is found. */
export function ordersOrAsks(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (ORDER_WORDS.has(t.w)) return true;
    for (const stem of ORDER_STEMS) if (t.w.startsWith(stem)) return true;
  }
  return false;
}

export interface Amounts {
  /** Largest order quantity mentioned, with the words it came from. */
  quantity: number;
  quantityText: string;
  money: number;
  moneyText: string;
}

/** /^\d{3}$/ without the regex. */
function threeDigits(w: string): boolean {
  return (
    w.length === 3 &&
    isDigit(w.charCodeAt(0)) &&
    isDigit(w.charCodeAt(1)) &&
    isDigit(w.charCodeAt(2))
  );
}

/** /^\d/ without the regex. */
function startsWithDigit(w: string): boolean {
  return w.length > 0 && isDigit(w.charCodeAt(0));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function parseDigits(w: string): number {
  // "1.000" and "1,000" are thousands; "12,50" is a decimal.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(w)) return Number(w.replace(/[.,]/g, ''));
  return Number(w.replace(',', '.'));
}

/**
 * Largest quantity and money amount in the tokens. A bare number counts as a quantity only when
 * an order verb precedes it ("quero 300") or the owner just asked how many (askedQuantity).
 */
export function readAmounts(
  text: string,
  tokens: readonly Token[],
  askedQuantity = false,
): Amounts {
  let out: Amounts = { quantity: 0, quantityText: '', money: 0, moneyText: '' };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let value: number;
    let j = i + 1;
    const c0 = t.w.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) {
      // A number right after another one is part of it or of a code: skipped (checked first, so
      // a long run of digit groups costs one look per group).
      const p0 = tokens[i - 1]?.w.charCodeAt(0) ?? 0;
      if (p0 >= 48 && p0 <= 57) continue;
      // Digits may be split around "." or "," by the tokenizer: join "5.000", "1,500".
      let raw = t.w;
      let end = t.end;
      // At most five groups (up to 10^18): longer runs are not order sizes, and capping keeps a
      // message made of thousands of ".000" groups linear.
      while (j < tokens.length && j - i <= 5) {
        const n = tokens[j] as Token;
        const sep = text.slice(end, n.start);
        if ((sep === '.' || sep === ',') && threeDigits(n.w)) {
          raw += sep + n.w;
          end = n.end;
          j++;
        } else break;
      }
      const m = /^(\d+)(k|mil)?$/.exec(raw.replace(/[.,]/g, ''));
      value = parseDigits(raw);
      if (m?.[2] !== undefined) value = Number(m[1]) * 1000;
      if (!Number.isFinite(value)) continue;
      const before = text.slice(Math.max(0, t.start - 4), t.start);
      const prev = tokens[i - 1]?.w ?? '';
      const orderVerb = prev === 'order' && ORDER_VERB_BEFORE.has(tokens[i - 2]?.w ?? '');
      if (before.includes('#') || before.includes('/') || (ORDER_REF.has(prev) && !orderVerb))
        continue;
      if (text[end] === '/' || text[end] === ':' || text[end] === '%') continue;
      if (raw.length >= 7 && !raw.includes('.') && !raw.includes(',')) continue;
      if (startsWithDigit(tokens[j]?.w ?? '')) continue;
      if (value >= 1900 && value <= 2100 && raw.length === 4) continue;
      if (isIdentifier(text, tokens, i)) continue;
      if (CURRENCY_SYMBOL_RE.test(text.slice(Math.max(0, t.start - 4), t.start))) {
        if (afterMoneyVerb(tokens, i)) continue;
        value *= multiplierAt(tokens, j);
        if (value > out.money)
          out = {
            ...out,
            money: value,
            moneyText: text.slice(Math.max(0, t.start - 3), end).trim(),
          };
        continue;
      }
    } else {
      // Its value as a number word, 0 when it is none (kept in the word's facts).
      const facts = t.facts;
      let nw = facts.num;
      if (nw < 0) facts.num = nw = NUMBER_WORDS.get(t.w) ?? 0;
      if (nw === 0) continue;
      value = nw;
    }
    const mult = multiplierAt(tokens, j);
    if (mult > 1) {
      value *= mult;
      j++;
      if (tokens[j]?.w === 'de' || tokens[j]?.w === 'of') j++;
    }
    const next = tokens[j]?.w ?? '';
    if (CURRENCY_WORDS.has(next)) {
      if (afterMoneyVerb(tokens, i)) continue;
      if (value > out.money)
        out = { ...out, money: value, moneyText: text.slice(t.start, tokens[j]?.end ?? t.end) };
      continue;
    }
    if (NOT_GOODS.has(next) && mult === 1) continue;
    const prevWord = tokens[i - 1]?.w ?? '';
    const bare = next === '' || GENERIC_NEXT.has(next) || tokens[j]?.clause !== t.clause;
    if (bare && !askedQuantity && !ORDER_VERBS.has(prevWord)) continue;
    if (bare && afterMoneyVerb(tokens, i)) continue;
    if (value > out.quantity) {
      const last = tokens[Math.min(bare ? j - 1 : j, tokens.length - 1)] as Token;
      out.quantity = value;
      out.quantityText = oneSpaced(text.slice(t.start, Math.max(t.end, last.end)));
    }
  }
  return out;
}

function multiplierAt(tokens: readonly Token[], j: number): number {
  const w = tokens[j]?.w;
  return w === undefined ? 1 : (MULTIPLIERS.get(w) ?? 1);
}

const DEADLINE_RE =
  /\b(?:by|before|until|till|for|para|pra|ate|antes|hasta|el|o|a)\s+(?:(?:el|o|a|the|next|this|este|esta|proximo|proxima)\s+)?(?:dia\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?(?:\s+de\s+\w+|\/\d{1,2})?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha|hoje|lunes|martes|miercoles|jueves|viernes|manana|hoy|weekend|fim de semana|fin de semana)\b/;

/** A deadline phrase ("para sexta", "by the 20th"), from normalised words. */
export function readDeadline(words: string): string {
  const m = DEADLINE_RE.exec(words);
  return m ? m[0] : '';
}
