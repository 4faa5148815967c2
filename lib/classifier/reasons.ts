/**
 * The reasons shown to the owner. The classifier decides each reason as a key and the customer's
 * words (`KeyedReason`); this module writes it as one line in the owner's interface language (en,
 * pt_BR, es) and reads such a line back into its key, whichever of the three languages it was
 * written in (entries logged before reasons were keyed hold only the line). `{0}`, `{1}` are
 * filled in order; the quotes stay exactly as the customer wrote them, whatever the language.
 */
import { CATEGORIES, type Category, type KeyedReason, type UiLocale } from './types';
import { UI_LOCALES } from './types';

type Template = Exclude<KeyedReason['key'], 'said' | 'flagged'>;

const TEXT: Record<UiLocale, Record<Template | Category, string>> = {
  en: {
    person: "asks for a person: '{0}'",
    complaint: 'complaint',
    upset: "upset or going through something: '{0}'",
    business: "business or custom order: '{0}'",
    quantity: "large quantity: '{0}' (bulk from {1})",
    amount: "large amount: '{0}'",
    gap: "question your FAQ does not answer: '{0}'",
    waiting: 'still waiting for a reply: {0} messages in a row',
    keepsWriting: 'keeps writing without a reply: {0} messages in a row',
    askedAgain: "asked again with no answer yet: '{0}'",
    ownPhrase: "matches your phrase for {0}: '{1}'",
    learned: '{0}, like messages you marked as needing you',
    needsMe: 'you marked this conversation as needing you',
    human_request: 'asks for a person',
    emotional: 'upset or going through something',
    high_value: 'big or business order',
    knowledge_gap: 'question your FAQ does not answer',
  },
  pt_BR: {
    person: "pede para falar com uma pessoa: '{0}'",
    complaint: 'reclamação',
    upset: "chateado ou passando por algo difícil: '{0}'",
    business: "pedido comercial ou personalizado: '{0}'",
    quantity: "quantidade grande: '{0}' (atacado a partir de {1})",
    amount: "valor alto: '{0}'",
    gap: "pergunta que o seu FAQ não responde: '{0}'",
    waiting: 'ainda esperando resposta: {0} mensagens seguidas',
    keepsWriting: 'continua escrevendo sem resposta: {0} mensagens seguidas',
    askedAgain: "perguntou de novo e ainda não teve resposta: '{0}'",
    ownPhrase: "corresponde à sua frase para {0}: '{1}'",
    learned: '{0}, como mensagens que você marcou como precisando de você',
    needsMe: 'você marcou esta conversa como precisando de você',
    human_request: 'pede para falar com uma pessoa',
    emotional: 'chateado ou passando por algo difícil',
    high_value: 'pedido grande ou comercial',
    knowledge_gap: 'pergunta que o seu FAQ não responde',
  },
  es: {
    person: "pide hablar con una persona: '{0}'",
    complaint: 'queja',
    upset: "molesto o pasando por algo difícil: '{0}'",
    business: "pedido comercial o personalizado: '{0}'",
    quantity: "cantidad grande: '{0}' (al por mayor desde {1})",
    amount: "importe alto: '{0}'",
    gap: "pregunta que tus preguntas frecuentes no responden: '{0}'",
    waiting: 'sigue esperando respuesta: {0} mensajes seguidos',
    keepsWriting: 'sigue escribiendo sin respuesta: {0} mensajes seguidos',
    askedAgain: "volvió a preguntar y aún no tiene respuesta: '{0}'",
    ownPhrase: "coincide con tu frase para {0}: '{1}'",
    learned: '{0}, como mensajes que marcaste como que te necesitan',
    needsMe: 'marcaste esta conversación como que te necesita',
    human_request: 'pide hablar con una persona',
    emotional: 'molesto o pasando por algo difícil',
    high_value: 'pedido grande o comercial',
    knowledge_gap: 'pregunta que tus preguntas frecuentes no responden',
  },
};

/** The category each key always belongs to (the others take the category they are given). */
const CATEGORY_OF: Partial<Record<Template, Category>> = {
  person: 'human_request',
  upset: 'emotional',
  business: 'high_value',
  quantity: 'high_value',
  amount: 'high_value',
  gap: 'knowledge_gap',
  waiting: 'complaint',
  keepsWriting: 'complaint',
  askedAgain: 'knowledge_gap',
};

function fill(template: string, args: readonly (string | number)[]): string {
  let out = '';
  let from = 0;
  for (let i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
    const d = template.charCodeAt(i + 1) - 48;
    if (d < 0 || d > 9 || template.charCodeAt(i + 2) !== 125) continue;
    out += template.slice(from, i) + String(args[d] ?? '');
    from = i + 3;
  }
  return out + template.slice(from);
}

/** A category's plain name in the interface language. */
function categoryName(locale: UiLocale | undefined, category: Category): string {
  return TEXT[locale ?? 'en'][category];
}

/** A category's plain name, followed by the customer's words when there are some. */
export function labelWithQuote(locale: UiLocale | undefined, cat: Category, words: string): string {
  const label = categoryName(locale, cat);
  return words === '' ? label : `${label}: '${words}'`;
}

/** A keyed reason as one line in the given interface language (English for an unknown one). */
export function reasonLine(locale: UiLocale | undefined, reason: KeyedReason): string {
  const table = TEXT[locale ?? 'en'];
  const quote = reason.quote ?? '';
  switch (reason.key) {
    case 'said':
      return labelWithQuote(locale, reason.category, quote);
    case 'flagged':
      return table[reason.category];
    case 'ownPhrase':
      return fill(table.ownPhrase, [table[reason.category], quote]);
    case 'learned':
      return fill(table.learned, [table[reason.category]]);
    case 'quantity':
      return fill(table.quantity, [quote, reason.count ?? '']);
    case 'waiting':
    case 'keepsWriting':
      return fill(table[reason.key], [reason.count ?? '']);
    case 'needsMe':
      return table.needsMe;
    case 'person':
    case 'upset':
    case 'business':
    case 'amount':
    case 'gap':
    case 'askedAgain':
      return fill(table[reason.key], [quote]);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Reader {
  re: RegExp;
  read: (match: RegExpExecArray) => KeyedReason;
}

/** Every way a reason can be written, in every interface language. */
function readers(): Reader[] {
  const out: Reader[] = [];
  for (const locale of UI_LOCALES) {
    const table = TEXT[locale];
    const names = CATEGORIES.map((c) => escape(table[c])).join('|');
    const categoryNamed = (name: string) => CATEGORIES.find((c) => table[c] === name);
    // A template as a pattern: {n} in quotes is the customer's words; a bare {n} a number, or a
    // category name in the templates that name one.
    const pattern = (template: string, named: boolean) =>
      new RegExp(
        `^${escape(template)
          .replace(/'\\\{(\d)\\\}'/g, "'(.*)'")
          .replace(/\\\{0\\\}/g, named ? `(${names})` : '(\\d+)')
          .replace(/\\\{1\\\}/g, '(\\d+)')}$`,
      );
    for (const key of ['person', 'upset', 'business', 'amount', 'gap', 'askedAgain'] as const) {
      const category = CATEGORY_OF[key] as Category;
      out.push({
        re: pattern(table[key], false),
        read: (m) => ({ category, key, quote: m[1] ?? '' }),
      });
    }
    out.push({
      re: pattern(table.quantity, false),
      read: (m) => ({
        category: 'high_value',
        key: 'quantity',
        quote: m[1] ?? '',
        count: Number(m[2]),
      }),
    });
    for (const key of ['waiting', 'keepsWriting'] as const) {
      out.push({
        re: pattern(table[key], false),
        read: (m) => ({ category: 'complaint', key, count: Number(m[1]) }),
      });
    }
    out.push({
      re: pattern(table.ownPhrase, true),
      read: (m) => ({
        category: categoryNamed(m[1] ?? '') ?? 'complaint',
        key: 'ownPhrase',
        quote: m[2] ?? '',
      }),
    });
    out.push({
      re: pattern(table.learned, true),
      read: (m) => ({ category: categoryNamed(m[1] ?? '') ?? 'complaint', key: 'learned' }),
    });
    out.push({
      re: new RegExp(`^(${names}): '(.*)'$`),
      read: (m) => ({
        category: categoryNamed(m[1] ?? '') ?? 'complaint',
        key: 'said',
        quote: m[2] ?? '',
      }),
    });
    out.push({
      re: new RegExp(`^(${names})$`),
      read: (m) => ({ category: categoryNamed(m[1] ?? '') ?? 'complaint', key: 'flagged' }),
    });
  }
  return out;
}

let cachedReaders: Reader[] | undefined;

/**
 * The key of a reason line written by `reasonLine` in any interface language, or undefined for
 * a line it did not write. The knowledge-gap wording of 'learned' lines is an older form and is
 * read by the display layer.
 */
export function readReasonLine(line: string): KeyedReason | undefined {
  cachedReaders ??= readers();
  for (const { re, read } of cachedReaders) {
    const match = re.exec(line);
    if (match) return read(match);
  }
  return undefined;
}

/** The interface language for a browser language tag ("pt-BR", "es-419", "en-US"). */
export function uiLocaleOf(tag: string): UiLocale {
  const t = tag.toLowerCase();
  if (t.startsWith('pt')) return 'pt_BR';
  if (t.startsWith('es')) return 'es';
  return 'en';
}
