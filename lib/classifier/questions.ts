/**
 * Questions in a message: sentences that end in "?", open with "¿" or a question word, or ask
 * ("queria saber..."). Greetings, thanks and small talk are never questions.
 */
import { ASKING, QUESTION_STARTERS } from './lexicon/cues';
import { oneSpaced, PhraseIndex } from './matcher';
import { GAP_BREAK, GAP_MARK, type Normalised, type Token, type WordFacts } from './normalise';
import { termsOf, type Term } from './faq';

const ASKING_INDEX = new PhraseIndex(
  [...ASKING.en, ...ASKING.pt, ...ASKING.es].map((p) => [p, true] as const),
  {},
  { builtIn: true },
);

/** Placing an order ("can I have two boxes", "me vê 3"): not a question for the FAQ. */
const ORDERING_INDEX = new PhraseIndex(
  [
    'can i have',
    'could i have',
    'can i get',
    'could i get',
    'can i order',
    'i would like',
    'i will take',
    'i will have',
    'can you send me',
    'me ve',
    'me manda',
    'me mande',
    'quero',
    'queria',
    'vou querer',
    'vou levar',
    'pode separar',
    'me separa',
    'me pones',
    'me das',
    'me da',
    'me mandas',
    'quiero',
    'queria',
    'me llevo',
    'me apartas',
    'apartame',
  ].map((p) => [p, true] as const),
  {},
  { builtIn: true },
);

const SMALL_TALK_INDEX = new PhraseIndex(
  [
    'how are you',
    'how are u',
    'how is it going',
    'how are things',
    'how was your _ weekend',
    'how was your _ day',
    'how is your _ day',
    'hope you are well',
    'hope all is well',
    'you there',
    'tudo bem',
    'tudo bom',
    'como vai',
    'como voce esta',
    'como esta',
    'como foi _ fim de semana',
    'como foi _ dia',
    'tudo certo',
    'que tal',
    'como estas',
    'como esta usted',
    'como te va',
    'como va',
    'que tal _ fin de semana',
    'como ha ido',
    'todo bien',
    // Is there a person behind the account: a question for the owner, not for the FAQ.
    'is this a bot',
    'is this a robot',
    'are you a bot',
    'are you a robot',
    'are you a real person',
    'are you human',
    'is this automated',
    'is this automatic',
    'e um robo',
    'e um bot',
    'e robo',
    'e bot',
    'voce e um robo',
    'voce e um bot',
    'es un bot',
    'es un robot',
    'eres un bot',
    'eres un robot',
    'eres humano',
    'anyone there',
    'anybody there',
    'alguem ai',
    'tem alguem',
    'hay alguien',
  ].map((p) => [p, true] as const),
  {},
  { builtIn: true },
);

/** Whether one of the two characters before `at` is "¿". */
function opensWithMark(text: string, at: number): boolean {
  return (
    (at >= 1 && text.charCodeAt(at - 1) === 0xbf) || (at >= 2 && text.charCodeAt(at - 2) === 0xbf)
  );
}

export interface Question {
  text: string;
  terms: Term[];
  /** Its tokens in the message, [from, to). */
  from: number;
  to: number;
}

/** Questions of a message in language `lang` ("und" when unknown). */
export function findQuestions(n: Normalised, lang = 'und'): Question[] {
  const out: Question[] = [];
  const toks = n.tokens;
  let start = 0;
  for (let i = 0; i <= toks.length; i++) {
    // What normalise saw between the previous token and this one (or the text's end).
    const gap = i < toks.length ? (toks[i] as Token).gap : n.endGap;
    if (i > start && (i === toks.length || (gap & GAP_BREAK) !== 0)) {
      const q = asQuestion(n, start, i, (gap & GAP_MARK) !== 0, lang);
      if (q) out.push(q);
      start = i;
    }
    if (out.length >= 6) break;
  }
  return out;
}

function asQuestion(
  n: Normalised,
  from: number,
  to: number,
  endsWithMark: boolean,
  lang: string,
): Question | null {
  const toks = from === 0 && to === n.tokens.length ? n.tokens : n.tokens.slice(from, to);
  const first = toks[0];
  if (first === undefined) return null;
  const asks =
    endsWithMark ||
    opensWithMark(n.text, first.start) ||
    QUESTION_STARTERS.has(first.w) ||
    ASKING_INDEX.match(toks).length > 0;
  if (!asks) return null;
  const smallTalk = SMALL_TALK_INDEX.match(toks);
  const words: string[] = [];
  const facts: WordFacts[] = [];
  if (smallTalk.length === 0)
    for (const t of toks) {
      words.push(t.w);
      facts.push(t.facts);
    }
  else {
    const skip = new Array<boolean>(toks.length).fill(false);
    for (const h of smallTalk) for (let k = h.from; k < h.to; k++) skip[k] = true;
    for (let k = 0; k < toks.length; k++)
      if (!skip[k]) {
        words.push((toks[k] as Token).w);
        facts.push((toks[k] as Token).facts);
      }
  }
  const terms = termsOf(words, lang, facts);
  if (terms.length === 0) return null;
  if (terms.every((t) => t.key.startsWith('w:')) && ORDERING_INDEX.match(toks).length > 0)
    return null;
  const last = toks[toks.length - 1] ?? first;
  const text = oneSpaced(n.text.slice(first.start, last.end));
  return { text: text.length > 70 ? `${text.slice(0, 67)}...` : text, terms, from, to };
}
