/**
 * Payload narrowers for every message the background receives. Content scripts run next to
 * hostile page code, so nothing they send is trusted: each field is checked for type and size.
 * Pure; returns the narrowed data or a message naming what is wrong.
 */
import { isCategory, type HistoryTurn } from '../classifier/types';
import { VERDICT_HISTORY_MAX, VERDICT_TEXT_MAX } from '../learning/types';
import { REPORT_LIMITS as L } from '../limits';
import { PLATFORMS, type Platform } from '../platforms/types';
import type { EscalationReport, MessageData, MessageType, NeedsMeVerdict } from './protocol';

type Obj = Record<string, unknown>;
type Check<K extends MessageType> = (data: Obj) => MessageData<K> | string;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isPlatform = (v: unknown): v is Platform => PLATFORMS.includes(v as Platform);
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
const isTextList = (v: unknown, count: number, max: number): v is string[] =>
  Array.isArray(v) && v.length <= count && v.every((x) => isText(x, max));

function checkReport(d: Obj): EscalationReport | string {
  if (!isPlatform(d['platform'])) return 'platform';
  if (!isText(d['threadKey'], L.threadKey) || d['threadKey'] === '') return 'threadKey';
  if (!isTextList(d['messageKeys'], L.messageKeys, L.messageKey) || d['messageKeys'].length === 0)
    return 'messageKeys';
  if (!isText(d['customer'], L.customer)) return 'customer';
  if (!isCategory(d['category'])) return 'category';
  const categories = d['categories'];
  if (!Array.isArray(categories) || categories.length > 5 || !categories.every(isCategory))
    return 'categories';
  if (typeof d['score'] !== 'number' || !(d['score'] >= 0 && d['score'] <= 1)) return 'score';
  if (!isText(d['lang'], L.lang)) return 'lang';
  if (!isTextList(d['reasons'], L.reasons, L.reason)) return 'reasons';
  if (!isText(d['text'], L.text)) return 'text';
  if (!isText(d['draft'], L.draft)) return 'draft';
  const due = d['promiseDueAt'];
  if (due !== undefined && (typeof due !== 'number' || !Number.isFinite(due)))
    return 'promiseDueAt';
  if (d['source'] !== 'preview' && d['source'] !== 'thread') return 'source';
  const messageAt = d['messageAt'];
  if (messageAt !== undefined && (typeof messageAt !== 'number' || !Number.isFinite(messageAt)))
    return 'messageAt';
  return {
    platform: d['platform'],
    threadKey: d['threadKey'],
    messageKeys: d['messageKeys'],
    customer: d['customer'],
    category: d['category'],
    categories,
    score: d['score'],
    lang: d['lang'],
    reasons: d['reasons'],
    text: d['text'],
    draft: d['draft'],
    promiseDueAt: due,
    source: d['source'],
    messageAt,
  };
}

function isHistory(v: unknown): v is HistoryTurn[] {
  return (
    Array.isArray(v) &&
    v.length <= VERDICT_HISTORY_MAX &&
    v.every(
      (t) =>
        isObj(t) &&
        (t['from'] === 'customer' || t['from'] === 'owner') &&
        isText(t['text'], VERDICT_TEXT_MAX),
    )
  );
}

function checkNeedsMe(d: Obj): NeedsMeVerdict | string {
  if (!isPlatform(d['platform'])) return 'platform';
  if (!isText(d['customer'], 200)) return 'customer';
  if (!isText(d['text'], VERDICT_TEXT_MAX) || d['text'].trim() === '') return 'text';
  if (!isHistory(d['history'])) return 'history';
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
  'escalation:report': checkReport,
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
  'learning:model': () => ({}),
  'learning:forget': () => ({}),
  'classifier:model': () => ({}),
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
