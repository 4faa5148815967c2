/**
 * One small function per message the background accepts. Each receives already-checked data and
 * the identified sender; the router (router.ts) did the sender and payload checks. After every
 * write the badge is re-derived from the database and the sites' tabs are told to refresh marks.
 */
import { classify } from '../classifier/index';
import {
  closeEscalation,
  deleteEverything,
  listOpenOnPlatform,
  recordEscalation,
  reopenEscalation,
  snoozeEscalation,
} from '../db/escalations';
import type { RadarDb } from '../db/schema';
import { addVerdict, forgetLearning, removeVerdict, removeVerdictsOf } from '../db/verdicts';
import { withAdaptation } from '../learning/adapt';
import type {
  CandidateOutcome,
  MessageData,
  MessageResult,
  MessageType,
  OpenMark,
} from '../messaging/protocol';
import type { Platform } from '../platforms/types';
import { logError } from '../log';
import { t, uiLanguage } from '../i18n';
import type { Settings } from '../settings/types';
import { toClassifierConfig } from '../settings/validate';
import { previewTwins, reportFor, type CandidateContext } from './candidates';
import { currentAdaptation, relearn } from './learning';
import { openMarkOf } from './open-marks';
import type { SenderInfo } from './sender';

export interface BackgroundDeps {
  db: RadarDb;
  now: () => number;
  loadSettings: () => Promise<Settings>;
  /**
   * Called after anything that changes open escalations: badge, marks, reminder alarm. The tab
   * `answered` (if any) is not told to refresh its marks: the answer to its request carries them.
   */
  afterChange: (answered?: number) => Promise<void>;
  /** Delivers the notifications still pending (see notify.ts); never throws. */
  notifyPending: () => Promise<void>;
  /** Clears every notification of ours (after "Delete all data"). */
  clearNotifications: () => Promise<void>;
  reveal: (id: number) => Promise<boolean>;
  recordHealth: (sender: SenderInfo, data: MessageData<'adapter:health'>) => Promise<void>;
  /** Called after the verdicts changed and were learned from: the pages re-read what was learned. */
  learningChanged: () => Promise<void>;
}

/** Learns again from the kept verdicts, then tells the tabs and pages. */
async function learnAgain(deps: BackgroundDeps): Promise<void> {
  await relearn(deps.db, await deps.loadSettings(), deps.now());
  await deps.learningChanged();
}

type Handler<K extends MessageType> = (
  data: MessageData<K>,
  sender: SenderInfo,
  deps: BackgroundDeps,
) => Promise<MessageResult<K>>;

async function assertSamePlatform(
  deps: BackgroundDeps,
  id: number,
  sender: SenderInfo,
): Promise<void> {
  if (sender.kind !== 'content') return;
  const row = await deps.db.escalations.get(id);
  if (row && row.platform !== sender.platform)
    throw new Error('escalation:close: not this site’s escalation');
}

/**
 * A message from a site's tab that names a platform must name the tab's own: a WhatsApp tab can
 * neither read nor report Instagram's escalations, nor report Instagram's page state.
 */
function assertOwnPlatform(
  type: MessageType,
  platform: string,
  sender: SenderInfo,
): asserts sender is Extract<SenderInfo, { kind: 'content' }> {
  if (sender.kind !== 'content' || sender.platform !== platform) {
    throw new Error(`${type}: platform does not match the sending tab`);
  }
}

/** The open escalations of a site, as its tabs show them. */
async function openMarks(deps: BackgroundDeps, platform: Platform): Promise<OpenMark[]> {
  const rows = await listOpenOnPlatform(deps.db, platform);
  const { timeZone } = (await deps.loadSettings()).businessHours;
  const now = deps.now();
  const language = uiLanguage();
  return rows.map((row) => openMarkOf(row, now, timeZone, language, t));
}

export const handlers: { [K in MessageType]: Handler<K> } = {
  'candidates:classify': async (data, sender, deps) => {
    assertOwnPlatform('candidates:classify', data.platform, sender);
    const settings = await deps.loadSettings();
    const now = deps.now();
    const ctx: CandidateContext = {
      platform: data.platform,
      settings,
      config: toClassifierConfig(settings),
      classify: withAdaptation(classify, await currentAdaptation(deps.db, settings, now)),
      now,
    };
    const outcomes: CandidateOutcome[] = [];
    let changed = false;
    const twins = previewTwins(data.candidates);
    for (const [index, candidate] of data.candidates.entries()) {
      if (twins.has(index)) {
        outcomes.push('none'); // its twin's outcome, set below
        continue;
      }
      const report = reportFor(candidate, ctx);
      if (!report) {
        outcomes.push('none');
        continue;
      }
      const { text, ...rest } = report;
      const outcome = await recordEscalation(deps.db, { ...rest, excerpt: text }, deps.now());
      if (outcome.kind !== 'duplicate') changed = true;
      outcomes.push(outcome.kind);
    }
    // A preview read better from the conversation is the same message: recorded once, by its twin.
    for (const [preview, twin] of twins)
      outcomes[preview] = outcomes[twin] === 'none' ? 'none' : 'duplicate';
    // The rows and their pending notifications are stored: from here on a failure must not fail
    // the batch (its retry would find duplicates). Badge and marks are re-derived on the next change.
    // The sending tab is not told: its answer carries the open escalations.
    if (changed) {
      await deps.afterChange(sender.tabId).catch((error: unknown) => {
        logError('after candidates', error);
      });
    }
    if (!outcomes.some((o) => o !== 'none')) return { outcomes };
    await deps.notifyPending();
    return { outcomes, open: await openMarks(deps, data.platform) };
  },
  'escalation:listOpen': async (data, sender, deps) => {
    assertOwnPlatform('escalation:listOpen', data.platform, sender);
    return openMarks(deps, data.platform);
  },
  'escalation:close': async (data, sender, deps) => {
    await assertSamePlatform(deps, data.id, sender);
    const row = await closeEscalation(deps.db, data.id, data.status, deps.now());
    await deps.afterChange();
    if (data.status === 'dismissed') {
      // "Not needed": this message did not need the owner.
      await addVerdict(
        deps.db,
        {
          kind: 'not_needed',
          text: row.excerpt,
          history: [],
          category: null,
          platform: row.platform,
          escalationId: data.id,
          customer: row.customer,
        },
        deps.now(),
      );
      await learnAgain(deps);
    }
    return null;
  },
  'escalation:reopen': async (data, _sender, deps) => {
    await reopenEscalation(deps.db, data.id);
    await deps.afterChange();
    // Reopening takes back the verdicts given on it.
    if ((await removeVerdictsOf(deps.db, data.id)) > 0) await learnAgain(deps);
    return null;
  },
  'escalation:snooze': async (data, _sender, deps) => {
    await snoozeEscalation(deps.db, data.id, deps.now() + data.minutes * 60_000);
    await deps.afterChange();
    return null;
  },
  'escalation:reveal': async (data, _sender, deps) => ({ revealed: await deps.reveal(data.id) }),
  'adapter:health': async (data, sender, deps) => {
    assertOwnPlatform('adapter:health', data.platform, sender);
    await deps.recordHealth(sender, data);
    return null;
  },
  'data:deleteAll': async (_data, _sender, deps) => {
    await deleteEverything(deps.db);
    await deps.clearNotifications();
    await deps.afterChange();
    await deps.learningChanged();
    return null;
  },
  'verdict:needsMe': async (data, sender, deps) => {
    if (sender.kind === 'content' && sender.platform !== data.platform)
      throw new Error('verdict:needsMe: platform does not match the sending tab');
    const id = await addVerdict(deps.db, { kind: 'needs_me', ...data }, deps.now());
    await learnAgain(deps);
    return { id };
  },
  'escalation:recategorise': async (data, _sender, deps) => {
    const row = await deps.db.escalations.get(data.id);
    if (!row) throw new Error(`No escalation with id ${data.id}.`);
    if (row.category === data.category) return null;
    await deps.db.escalations.update(data.id, {
      category: data.category,
      categories: [data.category, ...row.categories.filter((c) => c !== data.category)],
    });
    await deps.afterChange();
    await addVerdict(
      deps.db,
      {
        kind: 'correction',
        text: row.excerpt,
        history: [],
        category: data.category,
        platform: row.platform,
        escalationId: data.id,
        customer: row.customer,
      },
      deps.now(),
    );
    await learnAgain(deps);
    return null;
  },
  'verdict:remove': async (data, _sender, deps) => {
    if (await removeVerdict(deps.db, data.id)) await learnAgain(deps);
    return null;
  },
  'learning:forget': async (_data, _sender, deps) => {
    await forgetLearning(deps.db);
    await deps.learningChanged();
    return null;
  },
};
