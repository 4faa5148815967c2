/**
 * Conversation context: how many customer messages wait since the owner's last reply, whether
 * the current message is an impatience nudge ("??", "hello??", "alguém?"), whether the same
 * question was already asked without an answer, and what the owner said last.
 */
import type { HistoryTurn } from './types';
import { IMPATIENCE } from './lexicon/cues';
import { PhraseIndex } from './matcher';
import { normPhrase, type Normalised } from './normalise';
import { docOf, termsOf, type FaqDoc, type Term } from './faq';
import { detectLanguage } from './language';

const IMPATIENCE_INDEX = new PhraseIndex(
  [...IMPATIENCE.en, ...IMPATIENCE.pt, ...IMPATIENCE.es].map((p) => [p, true] as const),
  {},
  { builtIn: true },
);
const STRONG_NUDGE =
  /^(anyone|anybody|alguem|alguien|respond|contest|waiting|esperando|aguardando|answer|reply)/;
const ASKS_QUANTITY =
  /\b(how many|quantity|quantas|quantos|quantidade|qtd|cuantas|cuantos|cantidad|how much do you need|unidades|units)\b/;

/** Only the most recent turns matter; older history costs time and says little. */
const MAX_TURNS = 12;
/** The owner's replies of a message without history: none (shared, never written to). */
const NO_DOCS: readonly FaqDoc[] = [];

export interface Context {
  /** Customer messages since the owner's last reply, not counting the current one. */
  waiting: number;
  /** The current message is only a nudge ("??", "hello?", "alguém aí?"). */
  nudge: boolean;
  /** Earlier unanswered customer text that asked the same thing, if any. */
  repeatOf: string;
  /** The owner's recent replies, as answer documents. */
  ownerDocs: readonly FaqDoc[];
  /** The owner's last message asked how many units. */
  ownerAskedQuantity: boolean;
  /** Nudges among the waiting messages (growing frustration). */
  earlierNudges: number;
}

export function isNudge(n: Normalised): boolean {
  const toks = n.tokens;
  if (toks.length === 0) return n.questionMarks > 0;
  if (toks.length > 5) return false;
  const covered = new Array<boolean>(toks.length).fill(false);
  for (const h of IMPATIENCE_INDEX.match(toks))
    for (let i = h.from; i < h.to; i++) covered[i] = true;
  if (!covered.every(Boolean)) return false;
  return n.questionMarks > 0 || toks.some((t) => STRONG_NUDGE.test(t.w)) || /\.\.\.|…/.test(n.text);
}

/**
 * What readContext reads from one turn, kept as long as the turn object lives: a backtest passes
 * the same turn objects with each of the next messages, so each turn is read once, not once per
 * message that follows it. Checked against the turn's text, in case a caller changes it.
 */
interface TurnReading {
  text: string;
  doc?: FaqDoc;
  terms?: Term[];
  asksQuantity?: boolean;
  nudge?: { of: (text: string) => boolean; is: boolean };
}
const readings = new WeakMap<HistoryTurn, TurnReading>();

function readingOf(turn: HistoryTurn): TurnReading {
  let reading = readings.get(turn);
  if (reading?.text !== turn.text) {
    reading = { text: turn.text };
    readings.set(turn, reading);
  }
  return reading;
}

/** Answer document of an owner turn. */
function ownerDocOf(turn: HistoryTurn): FaqDoc {
  const reading = readingOf(turn);
  reading.doc ??= docOf(turn.text.slice(0, 2000), 'your last reply');
  return reading.doc;
}

/** Terms of a customer turn. */
function termsOfTurn(turn: HistoryTurn): Term[] {
  const reading = readingOf(turn);
  const text = turn.text.slice(0, 2000);
  reading.terms ??= termsOf(normPhrase(text), detectLanguage(text));
  return reading.terms;
}

/** Whether an owner turn asks how many units. */
function asksQuantity(turn: HistoryTurn): boolean {
  const reading = readingOf(turn);
  reading.asksQuantity ??= ASKS_QUANTITY.test(normPhrase(turn.text.slice(0, 500)).join(' '));
  return reading.asksQuantity;
}

/** Whether a customer turn is only a nudge, as `nudgeOf` tells. */
function isNudgeTurn(turn: HistoryTurn, nudgeOf: (text: string) => boolean): boolean {
  const reading = readingOf(turn);
  if (reading.nudge?.of !== nudgeOf) {
    reading.nudge = { of: nudgeOf, is: nudgeOf(turn.text.slice(0, 2000)) };
  }
  return reading.nudge.is;
}

function jaccard(a: readonly Term[], b: readonly Term[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const keys = new Set(a.map((t) => t.key));
  let inter = 0;
  for (const t of b) if (keys.has(t.key)) inter++;
  return inter / (keys.size + b.length - inter);
}

export function readContext(
  history: readonly HistoryTurn[] | undefined,
  current: Normalised,
  currentTerms: readonly Term[],
  nudgeOf: (text: string) => boolean,
): Context {
  const ctx: Context = {
    waiting: 0,
    nudge: isNudge(current),
    repeatOf: '',
    ownerDocs: NO_DOCS,
    ownerAskedQuantity: false,
    earlierNudges: 0,
  };
  if (!history || history.length === 0) return ctx;
  const recent = history.slice(-MAX_TURNS);
  let i = recent.length - 1;
  for (; i >= 0; i--) {
    const turn = recent[i];
    if (turn === undefined || turn.from === 'owner') break;
    ctx.waiting++;
    if (isNudgeTurn(turn, nudgeOf)) ctx.earlierNudges++;
    else if (ctx.repeatOf === '' && currentTerms.length > 0) {
      if (jaccard(termsOfTurn(turn), currentTerms) >= 0.5) ctx.repeatOf = turn.text.slice(0, 60);
    }
  }
  const lastOwner = i >= 0 ? recent[i] : undefined;
  if (lastOwner !== undefined && ctx.waiting === 0) {
    ctx.ownerAskedQuantity = asksQuantity(lastOwner);
  }
  const ownerDocs: FaqDoc[] = [];
  for (let k = recent.length - 1; k >= 0 && ownerDocs.length < 3; k--) {
    const turn = recent[k];
    if (turn?.from !== 'owner') continue;
    ownerDocs.push(ownerDocOf(turn));
  }
  ctx.ownerDocs = ownerDocs;
  return ctx;
}
