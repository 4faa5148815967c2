/**
 * The public data sets the model is trained on, read from local copies of their repositories,
 * and how each one's labels map to our categories. Only texts, languages and mapped labels come
 * out; nothing here is committed but the mapping itself (docs/DATA.md lists the sources).
 *
 * Local copies: RADAR_SOURCES names a directory holding one git repository per source, named
 * `<owner>+<name>` (a clone or a bare mirror; `<owner>+<name>/repo` also works). Files are read
 * at the pinned commit with `git show`, so a newer clone gives the same data.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../lib/classifier/types';

export type SourceLang = 'en' | 'pt' | 'es';

export interface SourceRow {
  source: string;
  lang: SourceLang;
  text: string;
  labels: Category[];
}

export interface SourceInfo {
  id: string;
  repo: string;
  commit: string;
  licence: string;
  /** What the texts are and how their labels map to ours, in plain words. */
  mapping: string;
  load: (read: (path: string) => string, list: (prefix: string) => string[]) => SourceRow[];
  /**
   * The source's complaints weigh, all together, as much as its routine rows in training (and
   * get no extra English complaint weight): for a source that is mostly complaints, at full
   * weight they teach the model that any first-person account of events is one (docs/DATA.md).
   */
  balanceComplaints?: boolean;
}

/** FNV-1a: a stable hash for deterministic sampling. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function row(source: string, lang: SourceLang, text: string, labels: Category[]): SourceRow {
  return { source, lang, text: text.trim(), labels };
}

/** Rasa markdown (`## intent:name` then `- example` lines), entity markup removed. */
function rasaMarkdown(text: string): [string, string][] {
  const out: [string, string][] = [];
  let intent = '';
  for (const line of text.split('\n')) {
    const m = /^##\s*intent:\s*(\S+)/.exec(line);
    if (m) intent = m[1] ?? '';
    else if (line.startsWith('##')) intent = '';
    else if (intent && line.startsWith('- ')) {
      const ex = line
        .slice(2)
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\{[^}]*\}/g, '$1')
        .trim();
      if (ex) out.push([intent, ex]);
    }
  }
  return out;
}

/** First turn of each chatterbot conversation: what a person says to the bot. */
function chatterbotFirstTurns(yml: string): string[] {
  const out: string[] = [];
  for (const line of yml.split('\n')) {
    const m = /^- - (.*)$/.exec(line);
    if (m?.[1]) out.push(m[1].replace(/^['"]|['"]$/g, ''));
  }
  return out;
}

const NLUPP_COMPLAINT = new Set(['wrong_notworking_notshowing']);

function nluppRows(source: string, lang: SourceLang, json: string): SourceRow[] {
  const items = JSON.parse(json) as { text: string; intents?: string[] }[];
  const out: SourceRow[] = [];
  for (const it of items) {
    const intents = it.intents ?? [];
    const labels: Category[] = [];
    if (intents.includes('handoff')) labels.push('human_request');
    if (intents.some((i) => NLUPP_COMPLAINT.has(i))) labels.push('complaint');
    // "refund" alone is as often a policy question as a complaint: left out.
    if (labels.length === 0 && intents.includes('refund')) continue;
    out.push(row(source, lang, it.text, labels));
  }
  return out;
}

/**
 * Banking77 intents where the customer reports that something they paid for or relied on failed,
 * went missing or was charged wrongly: what a shop calls a complaint (an order that did not
 * arrive, a double charge, a refund that never came). Intent names as the data set spells them.
 */
const BANKING77_COMPLAINT = new Set([
  'card_not_working',
  'virtual_card_not_working',
  'contactless_not_working',
  'card_swallowed',
  'card_arrival',
  'declined_card_payment',
  'declined_cash_withdrawal',
  'declined_transfer',
  'failed_transfer',
  'top_up_failed',
  'top_up_reverted',
  'reverted_card_payment?',
  'extra_charge_on_statement',
  'Refund_not_showing_up',
  'request_refund',
  'transaction_charged_twice',
  'wrong_amount_of_cash_received',
  'wrong_exchange_rate_for_cash_withdrawal',
  'card_payment_wrong_exchange_rate',
  'cash_withdrawal_not_recognised',
  'card_payment_not_recognised',
  'direct_debit_payment_not_recognised',
  'balance_not_updated_after_cheque_or_cash_deposit',
  'balance_not_updated_after_bank_transfer',
  'transfer_not_received_by_recipient',
]);

/**
 * Left out: as often a status or fee question as a complaint ("why is my transfer pending?",
 * "what is this fee?"), or an emergency that is nobody's fault (lost, stolen, blocked).
 */
const BANKING77_AMBIGUOUS = new Set([
  'pending_card_payment',
  'pending_top_up',
  'pending_transfer',
  'pending_cash_withdrawal',
  'card_payment_fee_charged',
  'cash_withdrawal_charge',
  'transfer_fee_charged',
  'lost_or_stolen_card',
  'lost_or_stolen_phone',
  'compromised_card',
  'pin_blocked',
  'unable_to_verify_identity',
  'passcode_forgotten',
  'beneficiary_not_allowed',
]);

function csvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

const GOEMO_EMOTIONAL = new Set(['grief', 'sadness', 'nervousness', 'fear']);
/** Apologies and sympathy ("sorry, my mistake", "so sorry for your loss"): not distress, not routine either. */
const GOEMO_LEFT_OUT = new Set(['remorse']);
const GOEMO_AMBIGUOUS = new Set(['anger', 'annoyance', 'disapproval', 'disappointment', 'disgust']);

/**
 * cosibot's labels mapped to ours (null: left out). Insults and anger are left out; so is a
 * question under covid_worry ("should I worry about the virus?", "how do I cope with the
 * worry?"): it asks about worry, it does not voice it, while "I am worried" or "I am afraid of
 * catching it" does.
 */
export function cosibotLabels(intent: string, text: string): Category[] | null {
  const i = intent.replace(/^pt_/, '');
  if (['user_angry', 'comment_offense', 'comment_racist'].includes(i)) return null;
  if (i === 'covid_worry' && /\?\s*$/.test(text)) return null;
  if (i === 'user_scared' || i === 'covid_worry') return ['emotional'];
  return i === 'comment_negative' ? ['complaint'] : [];
}

/**
 * XED: 1 anger, 2 anticipation, 3 disgust, 4 fear, 5 joy, 6 sadness, 7 surprise, 8 trust.
 * The labels give the emotion of the film scene a subtitle line belongs to, not of its words:
 * most fear and sadness lines carry no distress read alone ("Did you have a warrant?"), and the
 * Portuguese and Spanish labels are projected through alignment. So fear, sadness, anger and
 * disgust lines are left out, and the rest (joy, trust, anticipation, surprise, neutral) are
 * routine lines written by other people.
 */
function xedLabels(ids: number[]): Category[] | null {
  if ([1, 3, 4, 6].some((id) => ids.includes(id))) return null;
  return [];
}

function xedRows(source: string, lang: SourceLang, tsv: string): SourceRow[] {
  const out: SourceRow[] = [];
  for (const line of tsv.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab <= 0) continue;
    const ids = (line.slice(tab + 1).match(/\d+/g) ?? []).map(Number);
    const labels = xedLabels(ids);
    if (labels === null) continue;
    out.push(row(source, lang, line.slice(0, tab), labels));
  }
  return out;
}

/**
 * IBM's Twitter customer-care conversations carry no label we can map, so we labelled the first
 * customer tweet of each by hand (scripts/train/labels/ibm-twitter.json: tweet ids and our
 * labels only; guidelines in docs/DATA.md). Handles, links and HTML entities are removed from the
 * text, as they were when we read it.
 */
interface TwitterDialogue {
  dialogHeader: { company: string };
  dialogContent: { client: string; message: string; tweet_ID: string }[];
}

function ibmTwitterLabels(): Map<string, Category[]> {
  const file = join(import.meta.dirname, 'labels', 'ibm-twitter.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { labels: Record<string, Category[]> };
  return new Map(Object.entries(json.labels));
}

export function tweetText(message: string): string {
  return message
    .replace(/https?\s*:\s*\/\/\S+/g, ' ')
    .replace(/@\w+/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

function ibmTwitterRows(json: string, labels: Map<string, Category[]>): SourceRow[] {
  const out: SourceRow[] = [];
  for (const d of JSON.parse(json) as TwitterDialogue[]) {
    const first = d.dialogContent.find((t) => t.client !== d.dialogHeader.company);
    const labs = first && labels.get(first.tweet_ID);
    if (!first || !labs) continue;
    out.push(row('ibm-twitter', 'en', tweetText(first.message), labs));
  }
  return out;
}

/** Customers' turns of Taskmaster-4's coffee-ordering dialogues (JSON, one array per file). */
export function taskmasterCoffeeTurns(json: string): string[] {
  const dialogues = JSON.parse(json) as { utterances: { speaker: string; text: string }[] }[];
  return dialogues.flatMap((d) =>
    d.utterances.filter((u) => u.speaker === 'user').map((u) => u.text),
  );
}

/** Customers' turns (`<U>…`) of Taskmaster-3's movie-ticket dialogues (one dialogue prefix per line). */
export function taskmasterMovieTurns(tsv: string): string[] {
  return [...tsv.matchAll(/<U>([^<\t]*)/g)].map((m) => m[1] ?? '');
}

/** MultiDoGO intents where the customer reports a charge they dispute or software that fails. */
const MULTIDOGO_COMPLAINT = new Set(['disputecharge', 'reportbrokensoftware']);

/**
 * Left out: a claim for the customer's own broken phone and a lost card (nobody's fault, as
 * banking77's lost or stolen card), "is the server down?" (a status question or a failure
 * report), the annotators' off-task bucket, and bare slot values (a name, a number, an address
 * answering the agent: not a message on its own).
 */
const MULTIDOGO_LEFT_OUT = new Set([
  'reportbrokenphone',
  'reportlostcard',
  'checkserverstatus',
  'outofdomain',
  'contentonly',
]);

/** Our labels for a MultiDoGO turn's intents, or null when the turn is left out. */
export function multidogoLabels(intents: string[]): Category[] | null {
  if (intents.some((i) => MULTIDOGO_COMPLAINT.has(i))) return ['complaint'];
  if (intents.some((i) => MULTIDOGO_LEFT_OUT.has(i))) return null;
  return [];
}

/**
 * The customer turns of one MultiDoGO turn-level split (TSV: conversation, turn, utterance id,
 * utterance, slot labels, intents joined by `<div>`), with their intents. Lines broken by a
 * stray quote in the data (no intent in the last column) are skipped.
 */
export function multidogoTurns(tsv: string): { text: string; intents: string[] }[] {
  const out: { text: string; intents: string[] }[] = [];
  for (const line of tsv.split('\n').slice(1)) {
    const cells = line.split('\t');
    if (cells.length !== 6) continue;
    const intents = (cells[5] ?? '').trim().split('<div>');
    if (!intents.every((i) => /^[a-z]+$/.test(i))) continue;
    out.push({ text: cells[3] ?? '', intents });
  }
  return out;
}

export const SOURCES: SourceInfo[] = [
  {
    id: 'goemotions',
    repo: 'monologg/GoEmotions-pytorch',
    commit: 'b75f9d3a8b76bc1060687925b04ca98a1b8ea66b',
    licence: 'Apache-2.0',
    mapping:
      'Reddit comments with crowd emotion labels. emotional ← grief, sadness, nervousness, fear; rows with remorse (apologies, sympathy) left out, and rows with only anger, annoyance, disapproval, disappointment or disgust (not about an order); the rest → none.',
    load(read) {
      const names = read('data/original/labels.txt')
        .split('\n')
        .map((s) => s.trim());
      const out: SourceRow[] = [];
      for (const f of ['train', 'dev', 'test']) {
        for (const line of read(`data/original/${f}.tsv`).split('\n')) {
          const [text, ids] = line.split('\t');
          if (!text || ids === undefined) continue;
          const labs = ids.split(',').map((i) => names[Number(i)] ?? '');
          if (labs.some((l) => GOEMO_LEFT_OUT.has(l))) continue;
          if (labs.some((l) => GOEMO_EMOTIONAL.has(l)))
            out.push(row('goemotions', 'en', text, ['emotional']));
          else if (labs.some((l) => GOEMO_AMBIGUOUS.has(l))) continue;
          else out.push(row('goemotions', 'en', text, []));
        }
      }
      return out;
    },
  },
  {
    id: 'xed',
    repo: 'Helsinki-NLP/XED',
    commit: '76666d251f147cf518071bef4f8415dab6b96115',
    licence: 'CC BY 4.0',
    mapping:
      'Film subtitles with emotion labels (English annotated; Portuguese, Brazilian Portuguese and Spanish projected). The labels describe the scene, not the line: fear, sadness, anger and disgust lines left out; joy, trust, anticipation, surprise and neutral → none.',
    load(read) {
      const out = xedRows('xed', 'en', read('AnnotatedData/en-annotated.tsv'));
      for (const line of read('AnnotatedData/neu_en.txt').split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0) out.push(row('xed', 'en', line.slice(tab + 1), []));
      }
      out.push(...xedRows('xed', 'pt', read('Projections/pt-projections.tsv')));
      out.push(...xedRows('xed', 'pt', read('Projections/br-projections.tsv')));
      out.push(...xedRows('xed', 'es', read('Projections/es-projections.tsv')));
      return out;
    },
  },
  {
    id: 'banking77',
    repo: 'PolyAI-LDN/task-specific-datasets',
    commit: '57ec275d8078af65b7731c2a98be812d844a6d6b',
    licence: 'CC BY 4.0',
    mapping:
      'Banking77: online-banking customer queries. complaint ← something failed, went missing or was charged wrongly (card not working, swallowed or not arrived; payment, withdrawal, transfer or top-up declined, failed or reverted; extra or double charge; refund requested or not showing; wrong amount or rate; payment not recognised; balance not updated; transfer not received); pending, fee, lost/stolen/compromised, blocked PIN, identity and beneficiary intents left out; the other 38 intents → none.',
    load(read) {
      const out: SourceRow[] = [];
      for (const f of ['train', 'test']) {
        const lines = read(`banking_data/${f}.csv`).split('\n').slice(1);
        for (const line of lines) {
          if (!line.trim()) continue;
          const cells = csvLine(line);
          const label = (cells[cells.length - 1] ?? '').trim();
          const text = cells.slice(0, -1).join(',');
          if (BANKING77_AMBIGUOUS.has(label)) continue;
          out.push(
            row('banking77', 'en', text, BANKING77_COMPLAINT.has(label) ? ['complaint'] : []),
          );
        }
      }
      return out;
    },
  },
  {
    id: 'nlupp',
    repo: 'PolyAI-LDN/task-specific-datasets',
    commit: '57ec275d8078af65b7731c2a98be812d844a6d6b',
    licence: 'CC BY 4.0',
    mapping:
      'NLU++ (banking and hotels), multi-label. human_request ← handoff; complaint ← wrong_notworking_notshowing; rows whose only match is "refund" left out; the rest → none.',
    load(read) {
      const out: SourceRow[] = [];
      for (const d of ['banking', 'hotels'])
        for (let k = 0; k < 20; k++)
          out.push(...nluppRows('nlupp', 'en', read(`nlupp/data/${d}/fold${k}.json`)));
      return out;
    },
  },
  {
    id: 'multi3nlu-es',
    repo: 'cambridgeltl/sqatin',
    commit: 'f15f5cce7056de6b4a73b25ec3e2b3893690120d',
    licence: 'CC BY 4.0 (Multi3NLU++ data; the repository itself states no licence)',
    mapping:
      'Multi3NLU++ Spanish: human translations of NLU++ (banking and hotels), same mapping as NLU++. Only multi3nlu/spanish is read; the clinc150 folder is never touched.',
    load(read) {
      const out: SourceRow[] = [];
      for (const d of ['banking', 'hotels'])
        for (let k = 0; k < 20; k++)
          out.push(
            ...nluppRows('multi3nlu-es', 'es', read(`multi3nlu/spanish/${d}/fold${k}.json`)),
          );
      return out;
    },
  },
  {
    id: 'cosibot-pt',
    repo: 'cosibot/cosibot-portugal-portuguese',
    commit: 'a20b001da2e40869431a346ce564d866058775c4',
    licence: 'MIT',
    mapping:
      'COVID-19 assistant training phrases (European Portuguese). emotional ← user_scared, covid_worry (questions under covid_worry, "should I worry?", left out); complaint ← comment_negative; user_angry, comment_offense, comment_racist left out; the rest → none.',
    load(read) {
      const out: SourceRow[] = [];
      for (const [intent, text] of rasaMarkdown(read('bot/data/nlu.md'))) {
        const labels = cosibotLabels(intent, text);
        if (labels !== null) out.push(row('cosibot-pt', 'pt', text, labels));
      }
      return out;
    },
  },
  {
    id: 'nilgroup-jarvis',
    repo: 'NILGroup/TFG-1920-Biblioteca',
    commit: '0daeb0cbef6bb1897c23617d6923613847f2aeeb',
    licence: 'MIT',
    mapping:
      'Library assistant training phrases (Spanish and English): greetings, thanks, opening hours, book searches → none; insults left out.',
    load(read) {
      const out: SourceRow[] = [];
      for (const lang of ['es', 'en'] as const)
        for (const [intent, text] of rasaMarkdown(read(`Jarvis/data/${lang}/nlu.md`))) {
          if (intent === 'insultos' || intent === 'insults') continue;
          out.push(row('nilgroup-jarvis', lang, text, []));
        }
      return out;
    },
  },
  {
    id: 'chatterbot',
    repo: 'gunthercox/chatterbot-corpus',
    commit: 'a01efece26661309b870af0251d96f94ee09fb19',
    licence: 'BSD-3-Clause',
    mapping:
      'Chit-chat conversations in Portuguese, Spanish and English: the first turn of each → none (emotion files left out).',
    load(read, list) {
      const out: SourceRow[] = [];
      for (const [dir, lang] of [
        ['portuguese', 'pt'],
        ['spanish', 'es'],
        ['english', 'en'],
      ] as const)
        for (const path of list(`chatterbot_corpus/data/${dir}/`)) {
          if (/emoti|emocion/.test(path) || !path.endsWith('.yml')) continue;
          for (const text of chatterbotFirstTurns(read(path)))
            out.push(row('chatterbot', lang, text, []));
        }
      return out;
    },
  },
  {
    id: 'nlu-eval',
    repo: 'xliuhw/NLU-Evaluation-Data',
    commit: 'f6071b496b17d71e6eb43f543af0707f4ff30557',
    licence: 'CC BY 4.0',
    mapping:
      'Crowd-written home-assistant commands and questions (one cross-validation fold) → none.',
    load(read, list) {
      const out: SourceRow[] = [];
      for (const path of list('CrossValidation/')) {
        if (!/KFold_1\/(trainset|testset)\/csv\/.*\.csv$/.test(path)) continue;
        for (const line of read(path).split('\n').slice(1)) {
          const cells = line.split(';');
          const text = (cells[5] ?? cells[4] ?? '').replace(/^"|"$/g, '');
          if (text) out.push(row('nlu-eval', 'en', text, []));
        }
      }
      return out;
    },
  },
  {
    id: 'faquad',
    repo: 'liafacom/faquad',
    commit: '6ad978f20672bb41625b3b71fbe4a88b893d0a86',
    licence: 'CC BY 4.0',
    mapping: 'Questions written about Brazilian university documents (SQuAD format) → none.',
    load(read) {
      const json = JSON.parse(read('data/dataset.json')) as {
        data: { paragraphs: { qas: { question: string }[] }[] }[];
      };
      const out: SourceRow[] = [];
      for (const d of json.data)
        for (const p of d.paragraphs)
          for (const q of p.qas) out.push(row('faquad', 'pt', q.question, []));
      return out;
    },
  },
  {
    id: 'ibm-twitter',
    repo: 'IBM/twitter-customer-care-document-prediction',
    commit: '453470eea55a1777f798053a6ac6302a9bf80f9a',
    licence: "Apache-2.0 (Twitter's terms may also apply to the tweets, which we do not ship)",
    mapping:
      "Customers' first tweets to 25 companies' support accounts (dev and test sets), labelled by us by hand: complaint ← something went wrong (failure, error, missing purchase, wrong charge, hacked or locked account, no answer; polite, indirect or sarcastic); human_request ← asks for a person, a call, a phone number, an email address or a chat to reach support; emotional ← distress, fear, grief; high_value ← business proposals and bulk purchases; plain questions, how-tos, suggestions and thanks → none; announcements, spam, non-English and unclear tweets left out.",
    balanceComplaints: true,
    load(read) {
      const labels = ibmTwitterLabels();
      return ['dev.json', 'test.json'].flatMap((f) => ibmTwitterRows(read(f), labels));
    },
  },
  {
    id: 'taskmaster',
    repo: 'google-research-datasets/Taskmaster',
    commit: 'd92cb6af3005f1dc09c39e75e7daf4a04905e00b',
    licence: 'CC BY 4.0',
    mapping:
      "Customers' turns of written task dialogues (Taskmaster-4 coffee ordering; Taskmaster-3 movie tickets, the one training file the copy holds): orders, changes, questions about the menu, small talk → none.",
    load(read) {
      const out: SourceRow[] = [];
      for (let k = 0; k < 8; k++)
        for (const text of taskmasterCoffeeTurns(read(`TM-4-2024/data/data_0${k}.json`)))
          out.push(row('taskmaster', 'en', text, []));
      for (const text of taskmasterMovieTurns(read('TM-3-2020/splits/train/train-bc.tsv')))
        out.push(row('taskmaster', 'en', text, []));
      return out;
    },
  },
  {
    id: 'multidogo',
    repo: 'awslabs/multi-domain-goal-oriented-dialogues-dataset',
    commit: 'baa30639c4b271f394b81443c842193407cdf26d',
    licence: 'CDLA-Permissive-1.0',
    mapping:
      "Customers' turns of crowd-written customer-service chats in six domains (airline, fast food, finance, insurance, media, software), labelled per turn: complaint ← a disputed charge, broken software; left out: a claim for one's own broken phone, a lost card, a server-status question, off-task turns and bare slot values; greetings, thanks, orders, bookings and account requests → none.",
    load(read) {
      const out: SourceRow[] = [];
      for (const domain of ['airline', 'fastfood', 'finance', 'insurance', 'media', 'software'])
        for (const split of ['train', 'dev', 'test'])
          for (const t of multidogoTurns(
            read(`data/paper_splits/splits_annotated_at_turn_level/${domain}/${split}.tsv`),
          )) {
            const labels = multidogoLabels(t.intents);
            if (labels !== null) out.push(row('multidogo', 'en', t.text, labels));
          }
      return out;
    },
  },
];

/** Where the local copy of a repository is, or null. */
export function localCopy(root: string, repo: string): string | null {
  const base = join(root, repo.replace('/', '+'));
  for (const dir of [join(base, 'repo'), base]) if (existsSync(dir)) return dir;
  return null;
}

/** Rows of one source read from its local copy at the pinned commit, deduplicated. */
export function loadSource(root: string, info: SourceInfo): SourceRow[] | null {
  const dir = localCopy(root, info.repo);
  if (dir === null) return null;
  const git = (args: string[]): string =>
    execFileSync('git', ['--git-dir', gitDir(dir), ...args], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
  const read = (path: string): string => git(['show', `${info.commit}:${path}`]);
  const list = (prefix: string): string[] =>
    git(['ls-tree', '-r', '--name-only', info.commit, prefix]).split('\n').filter(Boolean);
  const seen = new Set<string>();
  const out: SourceRow[] = [];
  for (const r of info.load(read, list)) {
    if (r.text.length < 2 || r.text.length > 500) continue;
    const key = `${r.lang}\u0000${r.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

function gitDir(dir: string): string {
  const dotGit = join(dir, '.git');
  return existsSync(dotGit) ? dotGit : dir;
}
