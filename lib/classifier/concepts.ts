/**
 * Cross-language synonym map used to match questions against the owner's FAQ: words in English,
 * Portuguese and Spanish that mean the same topic share one concept. "Specific" concepts narrow a
 * question (gluten, abroad, invoice): an FAQ entry answers it only if it covers them too.
 * Patterns: a plain word, or a prefix ending in "*". Data plus a tiny lookup, and the rules for
 * the few words whose topic depends on their neighbours (contextRule, conceptAt).
 */

import { STOPWORDS } from './stopwords';

interface ConceptDef {
  id: string;
  specific: boolean;
  words: string[];
}

const DEFS: ConceptDef[] = [
  {
    id: 'ship',
    specific: false,
    words: [
      'ship*',
      'deliver*',
      'envio',
      'envios',
      'enviar',
      'envia*',
      'envie*',
      'entreg*',
      'frete*',
      'post',
      'postage',
      'posta*',
      'correio*',
      'correo*',
      'send',
      'sending',
      'sedex',
      'courier',
      'mandam',
      'mandar',
      'mandan',
      'chega*',
      'llega*',
      'arriv*',
      'domicilio',
      'motoboy',
      'dispatch*',
      'despach*',
      'transportadora',
      'mensajeria',
      'paqueteria',
      'shipping',
    ],
  },
  {
    id: 'time',
    specific: false,
    words: [
      'how long',
      'days',
      'dias',
      'dia',
      'prazo*',
      'plazo*',
      'demora*',
      'tarda*',
      'takes',
      'take',
      'tempo',
      'tiempo',
      'semanas',
      'weeks',
      'quando',
      'cuando',
      'when',
      'leva',
      'lleva',
    ],
  },
  {
    id: 'cost',
    specific: false,
    words: [
      'price*',
      'pric*',
      'cost*',
      'custa*',
      'cuesta*',
      'preco*',
      'precio*',
      'valor*',
      'cobr*',
      'fee',
      'fees',
      'charge',
      'taxa*',
      'tarifa*',
      'how much',
      'quanto',
      'cuanto',
      'barato',
      'caro',
      'expensive',
      'cheap',
      'gratis',
      'free',
      'gratuit*',
    ],
  },
  {
    id: 'pay',
    specific: false,
    words: [
      'pay',
      'paying',
      'payment*',
      'pagar',
      'pago',
      'pagamento*',
      'pagos',
      'pix',
      'card',
      'cards',
      'cartao',
      'cartoes',
      'tarjeta*',
      'credit*',
      'debit*',
      'transfer*',
      'boleto',
      'paypal',
      'cash',
      'efectivo',
      'dinheiro',
      'bizum',
      'mercado pago',
      'mbway',
      'venmo',
      'bank',
    ],
  },
  {
    id: 'installments',
    specific: true,
    words: ['parcel*', 'installment*', 'cuotas', 'meses sin intereses', 'vezes', 'plazos'],
  },
  {
    id: 'return',
    specific: false,
    words: [
      'return*',
      'devol*',
      'troca*',
      'trocar',
      'exchang*',
      'cambi*',
      'refund*',
      'reembols*',
      'estorno',
      'swap',
    ],
  },
  {
    id: 'hours',
    specific: false,
    words: [
      'what time',
      'que horas',
      'que hora',
      'a que hora',
      'closing time',
      'hour*',
      'open*',
      'horario*',
      'abert*',
      'abre*',
      'abrem',
      'fecha*',
      'close*',
      'closing',
      'cierra*',
      'cerra*',
      'atendimento',
      'horas',
    ],
  },
  {
    id: 'location',
    specific: false,
    words: [
      'address',
      'endereco',
      'direccion',
      'where',
      'onde',
      'donde',
      'located',
      'localiz*',
      'location',
      'store',
      'loja',
      'tienda',
      'shop',
      'local',
      'pickup',
      'pick',
      'retir*',
      'recog*',
      'buscar',
      'collect',
      'collects',
      'collecting',
      'collected',
      'collection point',
      'fisica',
      'physical',
      'showroom',
      'visit*',
    ],
  },
  {
    id: 'size',
    specific: false,
    words: [
      'size*',
      'sizing',
      'tamanho*',
      'talla*',
      'talle*',
      'medida*',
      'measure*',
      'fit',
      'fits',
      'veste',
      'tabela',
      'tabla',
      'chart',
      'dimens*',
      'cm',
      'altura',
      'height',
      'width',
      'largura',
      'ancho',
    ],
  },
  {
    id: 'gift',
    specific: false,
    words: [
      'gift*',
      'presente*',
      'regalo*',
      'embrulh*',
      'envolver',
      'envuelt*',
      'wrap*',
      'embala*',
      'cartao de mensagem',
      'tarjeta de mensaje',
      'message card',
      'bilhete',
      'dedicatoria',
    ],
  },
  {
    id: 'track',
    specific: false,
    words: ['track*', 'rastre*', 'codigo', 'code', 'seguimiento', 'status', 'estado', 'situacao'],
  },
  {
    id: 'care',
    specific: false,
    words: [
      'wash*',
      'lavar',
      'lavo',
      'lava',
      'lavag*',
      'lavad*',
      'lavab*',
      'lavav*',
      'clean*',
      'limp*',
      'care',
      'cuidado*',
      'cuidar',
      'conserv*',
      'store it',
      'guardar',
      'fridge',
      'geladeira',
      'nevera',
      'refrigera*',
      'durab*',
      'dura',
      'last',
      'lasts',
    ],
  },
  {
    id: 'catalog',
    specific: false,
    words: [
      'catalog*',
      'products',
      'produtos',
      'productos',
      'modelos',
      'models',
      'options',
      'opcoes',
      'opciones',
      'menu',
      'cardapio',
      'carta',
      'sabores',
      'flavours',
      'flavors',
      'flavour',
      'flavor',
      'sabor',
      'cores',
      'colores',
      'colours',
      'colors',
      'colour',
      'color',
      'cor',
    ],
  },
  {
    id: 'stock',
    specific: false,
    words: [
      'stock',
      'estoque',
      'disponi*',
      'available',
      'availab*',
      'in stock',
      'esgotad*',
      'agotad*',
      'sold out',
    ],
  },
  {
    id: 'restock',
    specific: true,
    words: [
      'restock*',
      'repor',
      'reponer',
      'repon*',
      'reposicao',
      'back in stock',
      'voltar a ter',
      'volver a tener',
    ],
  },
  {
    id: 'diet',
    specific: true,
    words: [
      'gluten',
      'glute*',
      'vegan*',
      'lactos*',
      'lactose',
      'dairy',
      'leite',
      'leche',
      'milk',
      'nuts',
      'nozes',
      'nueces',
      'amendoim',
      'cacahuete',
      'mani',
      'peanut*',
      'alerg*',
      'allerg*',
      'sugar',
      'acucar',
      'azucar',
      'diabet*',
      'celiac*',
      'celiac',
      'keto',
      'diet',
      'dieta',
      'egg',
      'eggs',
      'ovo',
      'ovos',
      'huevo*',
      'halal',
      'kosher',
      'zero',
      'nickel',
      'niquel',
      'alcohol',
      'alcool',
      'hypoallergenic',
      'hipoalergenic*',
      'react',
      'reaccion',
      'reacao',
      'sensitive',
      'sensivel',
      'sensible',
    ],
  },
  {
    id: 'abroad',
    specific: true,
    words: [
      'international*',
      'internacional*',
      'abroad',
      'exterior',
      'extranjero',
      'overseas',
      'portugal',
      'brasil',
      'brazil',
      'europe',
      'europa',
      'usa',
      'eua',
      'estados unidos',
      'mexico',
      'argentina',
      'chile',
      'colombia',
      'espana',
      'spain',
      'france',
      'franca',
      'francia',
      'uk',
      'canada',
      'outro pais',
      'otro pais',
      'another country',
      'other countries',
      'paises',
      'countries',
      'customs',
      'alfandega',
      'aduana',
      'japan',
      'japao',
      'japon',
      'china',
      'germany',
      'alemanha',
      'alemania',
      'italy',
      'italia',
      'australia',
      'india',
      'ireland',
      'irlanda',
      'peru',
      'uruguay',
      'uruguai',
      'paraguay',
      'paraguai',
      'bolivia',
      'venezuela',
      'ecuador',
      'equador',
      'angola',
      'mozambique',
      'mocambique',
      'switzerland',
      'suica',
      'suiza',
      'netherlands',
      'holanda',
      'belgium',
      'belgica',
      'canarias',
      'canary',
      'baleares',
      'azores',
      'acores',
      'ceuta',
      'melilla',
      'hawaii',
      'alaska',
      'islands',
      'ilhas',
      'islas',
    ],
  },
  {
    id: 'invoice',
    specific: true,
    words: [
      'invoice*',
      'nota fiscal',
      'nf',
      'factura*',
      'receipt*',
      'recibo*',
      'cnpj',
      'nif',
      'rfc',
      'cuit',
      'vat',
    ],
  },
  {
    id: 'discount',
    specific: true,
    words: [
      'discount*',
      'desconto*',
      'descuento*',
      'cupom',
      'cupon*',
      'coupon*',
      'promo*',
      'oferta*',
      'sale',
      'liquida*',
      'rebaja*',
      'black friday',
    ],
  },
  { id: 'saturday', specific: true, words: ['sabado*', 'saturday*'] },
  {
    id: 'sunday',
    specific: true,
    words: ['sunday*', 'domingo*', 'weekend*', 'fim de semana', 'fin de semana'],
  },
  {
    id: 'holiday',
    specific: true,
    words: [
      'holiday*',
      'feriado*',
      'festivo*',
      'natal',
      'navidad',
      'christmas',
      'easter',
      'pascoa',
      'pascua',
      'ano novo',
      'new year',
    ],
  },
  {
    id: 'express',
    specific: true,
    words: [
      'express',
      'expresso',
      'urgente',
      'urgent',
      'same day',
      'mesmo dia',
      'mismo dia',
      'rapido',
      'rapida',
      'fast',
      'faster',
      'quicker',
      'sameday',
    ],
  },
  {
    id: 'day',
    specific: false,
    words: [
      'today',
      'hoje',
      'hoy',
      'tomorrow',
      'amanha',
      'manana',
      'tonight',
      'now',
      'agora',
      'ahora',
    ],
  },
  {
    id: 'custom',
    specific: true,
    words: [
      'custom*',
      'personaliz*',
      'engrav*',
      'grava*',
      'grabad*',
      'bordad*',
      'embroider*',
      'monogram*',
      'iniciais',
      'iniciales',
      'initials',
    ],
  },
  { id: 'warranty', specific: true, words: ['warrant*', 'garantia', 'guarantee*'] },
  {
    id: 'pets',
    specific: true,
    words: ['pet', 'pets', 'dog', 'dogs', 'cachorro*', 'perro*', 'cat', 'gato*', 'mascota*'],
  },
  {
    id: 'parking',
    specific: true,
    words: [
      'parking',
      'park',
      'estacionamento',
      'estacionar',
      'aparcamiento',
      'aparcar',
      'estacionamiento',
      'vaga',
    ],
  },
  {
    id: 'weekday',
    specific: false,
    words: [
      'monday*',
      'tuesday*',
      'wednesday*',
      'thursday*',
      'friday*',
      'segunda*',
      'terca*',
      'quarta*',
      'quinta*',
      'sexta*',
      'lunes',
      'martes',
      'miercoles',
      'jueves',
      'viernes',
      'weekday*',
    ],
  },
  {
    id: 'accessibility',
    specific: true,
    words: [
      'braille',
      'braile',
      'large print',
      'sign language',
      'lingua de sinais',
      'lengua de senas',
      'wheelchair*',
      'cadeira de rodas',
      'silla de ruedas',
      'acessib*',
      'accesib*',
      'accessib*',
      'ramp',
      'ramps',
      'rampa*',
    ],
  },
  {
    id: 'name',
    specific: false,
    words: ['name', 'named', 'called', 'nome', 'chama', 'chamam', 'nombre', 'llama', 'llaman'],
  },
  {
    id: 'order',
    specific: false,
    words: [
      'order*',
      'pedido*',
      'encomend*',
      'encarg*',
      'compra*',
      'buy',
      'buying',
      'purchas*',
      'comprar',
      'compro',
    ],
  },
];

const exact = new Map<string, string>();
const prefixes = new Map<string, string>();
const multi: { words: string[]; id: string }[] = [];
const prefixLengths = new Set<number>();
export const SPECIFIC = new Set<string>();

for (const d of DEFS) {
  if (d.specific) SPECIFIC.add(d.id);
  for (const w of d.words) {
    if (w.includes(' ')) multi.push({ words: w.split(' '), id: d.id });
    else if (w.endsWith('*')) {
      const p = w.slice(0, -1);
      prefixes.set(p, d.id);
      prefixLengths.add(p.length);
    } else exact.set(w, d.id);
  }
}
const sortedLengths = [...prefixLengths].sort((a, b) => b - a);
const multiByFirst = new Map<string, { words: string[]; id: string }[]>();
for (const m of multi) {
  const first = m.words[0] ?? '';
  multiByFirst.set(first, [...(multiByFirst.get(first) ?? []), m]);
}

const memo = new Map<string, string | null>();

/** Concept of one normalised word, or undefined. Memoised (bounded). */
export function conceptOf(w: string): string | undefined {
  const m = memo.get(w);
  if (m !== undefined) return m ?? undefined;
  const c = lookup(w);
  if (memo.size > 20000) memo.clear();
  memo.set(w, c ?? null);
  return c;
}

function lookup(w: string): string | undefined {
  const e = exact.get(w);
  if (e !== undefined) return e;
  for (const L of sortedLengths) {
    if (w.length < L) continue;
    const c = prefixes.get(w.slice(0, L));
    if (c !== undefined) return c;
  }
  return undefined;
}

/**
 * Concepts of multi-word synonyms ("how much", "fim de semana") found in the words, in the order
 * they are found (a concept found again is reported again).
 */
export function multiWordConcepts(words: readonly string[], found: (id: string) => void): void {
  for (let i = 0; i < words.length; i++) {
    const list = multiByFirst.get(words[i] as string);
    if (list === undefined) continue;
    for (const m of list) {
      let ok = true;
      for (let k = 1; k < m.words.length; k++) if (words[i + k] !== m.words[k]) ok = false;
      if (ok) found(m.id);
    }
  }
}

/*
 * Words whose topic holds only in one construction. A word listed here gets a rule number when
 * its role is read (once per word); the rule then looks at its neighbours in each question.
 */
const TIME_VERB = 1;
const HOURS_VERB = 2;
const PICK = 3;
const LAST = 4;
const CARD = 5;
const STORE = 6;
const HOURS_COUNT = 7;
const LOCAL = 8;
const TABLE = 9;

const TIME_VERBS = new Set(['take', 'takes', 'leva', 'lleva']);
/** What makes "take"/"leva"/"lleva" a duration when it is among the three words before. */
const DURATION_CUES = new Set([
  'long',
  'quanto',
  'cuanto',
  'quantos',
  'cuantos',
  'tempo',
  'tiempo',
  'days',
  'dias',
  'weeks',
  'semanas',
  'hours',
  'horas',
]);
/** Articles and pronouns that make the word after a verb its object ("open the jar"). */
const OBJECTS = new Set(
  (
    'the a an my this that it them your our its these those ' +
    'o os as um uma meu minha meus minhas esse essa este esta isso isto seu sua ' +
    'el la los las lo un mi mis ese esa eso su sus tu'
  ).split(' '),
);
/** After the article, a word that keeps the verb about the shop's hours ("abrem o dia todo"). */
const WHEN_WORDS = new Set(
  (
    'que next proximo proxima whole todo toda partir morning afternoon evening night late ' +
    'early manha noite noche tarde mediodia cedo temprano lunch almoco almuerzo week semana ' +
    'month mes bit little pouco poco'
  ).split(' '),
);
const WHEN_CONCEPTS = new Set(['time', 'hours', 'day', 'weekday', 'saturday', 'sunday', 'holiday']);
/** Before Spanish "fecha", what makes it a date ("la fecha", "¿qué fecha?"). */
const DATE_BEFORE = new Set('la las una que qual cual esa esta otra nueva misma'.split(' '));
/** Before "last", what makes it an adjective ("the last one", "at last"). */
const LAST_BEFORE = new Set('the this that my your our its their his her at a'.split(' '));
/** After "last" as a verb: the question's end or one of these ("last for a week"). */
const LAST_AFTER = new Set(
  'for long longer in outside out after more until till through without on once if'.split(' '),
);
const CARDS = new Set(['card', 'cards', 'cartao', 'cartoes', 'tarjeta', 'tarjetas']);
/** An occasion before or after a card ("birthday card", "cartão de aniversário"): a gift. */
const OCCASIONS = new Set(
  (
    'birthday greeting greetings thanks christmas wedding anniversary valentine valentines ' +
    'sympathy condolence congratulations message aniversario cumpleanos felicitacion ' +
    'felicitaciones parabens natal navidad casamento boda agradecimento agradecimiento ' +
    'dedicatoria mensagem mensaje dia'
  ).split(' '),
);
const OCCASION_LINKS = new Set(['de', 'do', 'da', 'del', 'para']);
const KEPT = new Set('it them the my this these those your leftovers'.split(' '));

const HOUR_WORDS = new Set(['hour', 'hours', 'horas']);
/** Before "hours", a count that makes them a duration ("in 2 hours", "quantas horas"). */
const COUNTS = new Set(
  (
    'an one few couple several many some more half quantas cuantas algumas algunas umas unas ' +
    'poucas pocas varias duas dos tres quatro cuatro two three four five cinco seis meia media ' +
    'mais'
  ).split(' '),
);

/** Before "local", an article or possessive that makes it a noun, the shop ("o local"). */
const LOCAL_BEFORE = new Set(
  'o el um un do del no al seu su nosso nuestro vosso vuestro the your our this esse este ese'.split(
    ' ',
  ),
);
const TABLES = new Set(['tabela', 'tabla', 'chart']);
/** Words that join two words into one name ("bolo de cenoura", "tabela de preços", "box of chocolates"). */
export const NAME_LINKS = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'of']);

/** The rule that decides, in context, whether word `w` (of concept `c`) has that concept. */
export function contextRule(w: string, c: string): number {
  if (c === 'time') return TIME_VERBS.has(w) ? TIME_VERB : 0;
  if (c === 'hours') {
    if (HOUR_WORDS.has(w)) return HOURS_COUNT;
    return w.startsWith('hor') || w.startsWith('hour') || w === 'atendimento' ? 0 : HOURS_VERB;
  }
  if (c === 'location')
    return w === 'pick' ? PICK : w === 'store' ? STORE : w === 'local' ? LOCAL : 0;
  if (c === 'size') return TABLES.has(w) ? TABLE : 0;
  if (c === 'care') return w === 'last' ? LAST : 0;
  if (c === 'pay') return CARDS.has(w) ? CARD : 0;
  return 0;
}

/**
 * The concept of words[i] in its question, given its context rule and its concept out of
 * context: "local" is the shop only as a noun ("o local", not "farinha local"); a table
 * or chart is a size chart unless it lists something else ("tabela de preços", "tabela
 * nutricional"); "hours" after a count is a duration ("ready in 2 hours"), else the opening hours;
 * "take" is time in "how long does it take" but not in "take orders"; "open", "abre",
 * "fecha" are the shop's hours unless they take an object ("open the jar", "fechar o pedido")
 * and Spanish "la fecha" is a date; "pick" is a pick-up only with "up"; "store the cake" is
 * keeping it; "last" is how long something keeps only as a verb ("does it last?", not "the last
 * one"); a card for an occasion ("birthday card") is a gift, not a payment.
 */
export function conceptAt(
  rule: number,
  words: readonly string[],
  i: number,
  c: string,
): string | undefined {
  const prev = words[i - 1];
  const next = words[i + 1];
  const w = words[i] as string;
  switch (rule) {
    case TIME_VERB:
      for (let k = i - 1; k >= 0 && k >= i - 3; k--)
        if (DURATION_CUES.has(words[k] as string)) return c;
      return undefined;
    case HOURS_VERB: {
      if (w.startsWith('fecha') && w.length <= 6) {
        if (
          (prev !== undefined && DATE_BEFORE.has(prev)) ||
          next === 'de' ||
          next === 'del' ||
          next === 'limite'
        )
          return undefined;
      }
      if (next === undefined || !OBJECTS.has(next)) return c;
      const after = words[i + 2];
      if (after === undefined) return next === 'it' || next === 'them' ? undefined : c;
      const code = after.charCodeAt(0);
      if (code >= 48 && code <= 57) return c;
      if (WHEN_WORDS.has(after)) return c;
      const ac = conceptOf(after);
      return ac !== undefined && WHEN_CONCEPTS.has(ac) ? c : undefined;
    }
    case HOURS_COUNT:
      if (prev === undefined) return c;
      return COUNTS.has(prev) || (prev.charCodeAt(0) >= 48 && prev.charCodeAt(0) <= 57)
        ? 'time'
        : c;
    case LOCAL:
      return prev !== undefined && LOCAL_BEFORE.has(prev) ? c : undefined;
    case TABLE: {
      const of = next !== undefined && NAME_LINKS.has(next) ? words[i + 2] : next;
      const before = prev === undefined ? undefined : conceptOf(prev);
      const after = of === undefined ? undefined : conceptOf(of);
      if (before === c || after === c) return c;
      if (before !== undefined || after !== undefined) return undefined;
      return of === undefined || STOPWORDS.has(of) ? c : undefined;
    }
    case PICK:
      return next === 'up' || words[i + 2] === 'up' || words[i + 3] === 'up' ? c : undefined;
    case STORE:
      return next !== undefined && KEPT.has(next) ? 'care' : c;
    case LAST:
      if (prev !== undefined && LAST_BEFORE.has(prev)) return undefined;
      return next === undefined || LAST_AFTER.has(next) ? c : undefined;
    case CARD:
      if (prev !== undefined && OCCASIONS.has(prev)) return 'gift';
      if (next !== undefined && OCCASION_LINKS.has(next) && OCCASIONS.has(words[i + 2] ?? ''))
        return 'gift';
      return c;
    default:
      return c;
  }
}
