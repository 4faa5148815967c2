/**
 * Payload narrowers for every message the background receives. Content scripts run next to
 * hostile page code, so nothing they send is trusted: each field is checked for type and size.
 * Pure; returns the narrowed data or a message naming what is wrong.
 */
import { isCategory, type HistoryTurn } from '../classifier/types';
import { VERDICT_HISTORY_MAX, VERDICT_TEXT_MAX } from '../learning/types';
import { CANDIDATE_LIMITS as C, REPORT_LIMITS as L } from '../limits';
import { PLATFORMS, type Platform } from '../platforms/types';
import type { Candidate, MessageData, MessageType, NeedsMeVerdict } from './protocol';

type Obj = Record<string, unknown>;
type Check<K extends MessageType> = (data: Obj) => MessageData<K> | string;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isPlatform = (v: unknown): v is Platform => PLATFORMS.includes(v as Platform);
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
const isTextList = (v: unknown, count: number, max: number): v is string[] =>
  Array.isArray(v) && v.length <= count && v.every((x) => isText(x, max));

function isHistory(v: unknown, turns: number, chars: number): v is HistoryTurn[] {
  return (
    Array.isArray(v) &&
    v.length <= turns &&
    v.every(
      (t) =>
        isObj(t) && (t['from'] === 'customer' || t['from'] === 'owner') && isText(t['text'], chars),
    )
  );
}

const isTime = (v: unknown): v is number | undefined =>
  v === undefined || (typeof v === 'number' && Number.isFinite(v));

const CANDIDATE_FIELDS = new Set([
  'threadKey',
  'messageKeys',
  'customer',
  'text',
  'history',
  'source',
  'group',
  'sentAt',
  'needsMe',
]);

/** One candidate, or the name of its first bad field. */
function checkCandidate(c: unknown): Candidate | string {
  if (!isObj(c)) return 'not an object';
  const unknownField = Object.keys(c).find((k) => !CANDIDATE_FIELDS.has(k));
  if (unknownField !== undefined) return unknownField;
  if (!isText(c['threadKey'], L.threadKey) || c['threadKey'] === '') return 'threadKey';
  if (!isTextList(c['messageKeys'], L.messageKeys, L.messageKey) || c['messageKeys'].length === 0)
    return 'messageKeys';
  if (!isText(c['customer'], L.customer)) return 'customer';
  if (!isText(c['text'], L.text) || c['text'].trim() === '') return 'text';
  if (!isHistory(c['history'], C.historyTurns, C.historyTurnChars)) return 'history';
  if (c['source'] !== 'preview' && c['source'] !== 'thread') return 'source';
  if (!isTime(c['sentAt'])) return 'sentAt';
  const group = c['group'];
  if (group !== undefined && typeof group !== 'boolean') return 'group';
  const needsMe = c['needsMe'];
  if (needsMe !== undefined && !isCategory(needsMe)) return 'needsMe';
  return {
    threadKey: c['threadKey'],
    messageKeys: [...c['messageKeys']],
    customer: c['customer'],
    text: c['text'],
    history: c['history'].map((t) => ({ from: t.from, text: t.text })),
    source: c['source'],
    group,
    sentAt: c['sentAt'],
    needsMe,
  };
}

function checkCandidates(d: Obj): MessageData<'candidates:classify'> | string {
  if (!isPlatform(d['platform'])) return 'platform';
  const list = d['candidates'];
  if (!Array.isArray(list) || list.length === 0 || list.length > C.candidates)
    return `candidates (1 to ${C.candidates} per batch)`;
  const candidates: Candidate[] = [];
  for (const [i, raw] of list.entries()) {
    const checked = checkCandidate(raw);
    if (typeof checked === 'string') return `candidates[${i}].${checked}`;
    candidates.push(checked);
  }
  return { platform: d['platform'], candidates };
}

function checkNeedsMe(d: Obj): NeedsMeVerdict | string {
  if (!isPlatform(d['platform'])) return 'platform';
  if (!isText(d['customer'], 200)) return 'customer';
  if (!isText(d['text'], VERDICT_TEXT_MAX) || d['text'].trim() === '') return 'text';
  if (!isHistory(d['history'], VERDICT_HISTORY_MAX, VERDICT_TEXT_MAX)) return 'history';
  if (!isCategory(d['category'])) return 'category';
  return {
    platform: d['platform'],
    customer: d['customer'],
    text: d['text'],
    history: d['history'].map((t) => ({ from: t.from, text: t.text })),
    category: d['category'],
  };
}

const HEALTH_STATES = ['connected', 'logged_out', 'loading', 'unrecognised'] as const;

const checks: { [K in MessageType]: Check<K> } = {
  'candidates:classify': checkCandidates,
  'escalation:listOpen': (d) =>
    isPlatform(d['platform']) ? { platform: d['platform'] } : 'platform',
  'escalation:close': (d) =>
    !isId(d['id'])
      ? 'id'
      : d['status'] === 'resolved' || d['status'] === 'dismissed'
        ? { id: d['id'], status: d['status'] }
        : 'status',
  'escalation:reopen': (d) => (isId(d['id']) ? { id: d['id'] } : 'id'),
  'escalation:snooze': (d) => {
    if (!isId(d['id'])) return 'id';
    const minutes = d['minutes'];
    return typeof minutes === 'number' &&
      Number.isInteger(minutes) &&
      minutes > 0 &&
      minutes <= 7 * 24 * 60
      ? { id: d['id'], minutes }
      : 'minutes';
  },
  'escalation:reveal': (d) => (isId(d['id']) ? { id: d['id'] } : 'id'),
  'adapter:health': (d) => {
    const health = d['health'];
    if (!isPlatform(d['platform'])) return 'platform';
    if (
      !isObj(health) ||
      !HEALTH_STATES.includes(health['state'] as (typeof HEALTH_STATES)[number])
    )
      return 'health';
    if (health['state'] === 'unrecognised') {
      return isTextList(health['missing'], 20, 100)
        ? { platform: d['platform'], health: { state: 'unrecognised', missing: health['missing'] } }
        : 'health.missing';
    }
    return {
      platform: d['platform'],
      health: { state: health['state'] as 'connected' | 'logged_out' | 'loading' },
    };
  },
  'data:deleteAll': () => ({}),
  'verdict:needsMe': checkNeedsMe,
  'escalation:recategorise': (d) =>
    !isId(d['id'])
      ? 'id'
      : isCategory(d['category'])
        ? { id: d['id'], category: d['category'] }
        : 'category',
  'verdict:remove': (d) => (isId(d['id']) ? { id: d['id'] } : 'id'),
  'learning:forget': () => ({}),
};

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(checks, type);
}

/** Narrows `data` for message `type`, or throws an Error naming the bad field. */
export function checkPayload<K extends MessageType>(type: K, data: unknown): MessageData<K> {
  if (!isObj(data)) throw new Error(`${type}: payload must be an object`);
  const result = (checks[type] as Check<K>)(data);
  if (typeof result === 'string') throw new Error(`${type}: invalid ${result}`);
  return result;
}
