/**
 * The reasons shown to the owner, in the owner's interface language (en, pt_BR, es), each
 * quoting the customer's own words where there are some. `{0}`, `{1}` are filled in order; the
 * quotes stay exactly as the customer wrote them, whatever the language of the reason.
 */
import type { Category, UiLocale } from './types';

export type ReasonKey =
  | 'person'
  | 'complaint'
  | 'upset'
  | 'business'
  | 'quantity'
  | 'amount'
  | 'gap'
  | 'waiting'
  | 'keepsWriting'
  | 'askedAgain'
  | 'ownPhrase';

const TEXT: Record<UiLocale, Record<ReasonKey | Category, string>> = {
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
    human_request: 'pide hablar con una persona',
    emotional: 'molesto o pasando por algo difícil',
    high_value: 'pedido grande o comercial',
    knowledge_gap: 'pregunta que tus preguntas frecuentes no responden',
  },
};

/** A reason in the given interface language (English for an unknown one). */
export function reasonText(
  locale: UiLocale | undefined,
  key: ReasonKey | Category,
  ...args: (string | number)[]
): string {
  const table = TEXT[locale ?? 'en'];
  return table[key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** A category's plain name, followed by the customer's words when there are some. */
export function labelWithQuote(locale: UiLocale | undefined, cat: Category, words: string): string {
  const label = reasonText(locale, cat);
  return words === '' ? label : `${label}: '${words}'`;
}

/** The interface language for a browser language tag ("pt-BR", "es-419", "en-US"). */
export function uiLocaleOf(tag: string): UiLocale {
  const t = tag.toLowerCase();
  if (t.startsWith('pt')) return 'pt_BR';
  if (t.startsWith('es')) return 'es';
  return 'en';
}
