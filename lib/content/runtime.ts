/**
 * The content runtime shared by both sites: watches the page through the platform adapter, sends
 * new customer messages to the background as candidates to classify (one batch per pass, queued
 * and retried until acknowledged, report-queue.ts), marks inbox rows, shows the banner
 * (banner-controller.ts), and reports whether the page is recognised. It never sends a message and
 * never opens a chat.
 */
import type { Category } from '../classifier/types';
import { categoryLabel } from '../labels';
import type { SendOptions } from '../messaging';
import { DISCONNECTED } from '../messaging/protocol';
import type {
  Candidate,
  MessageData,
  MessageResult,
  MessageType,
  OpenMark,
  TabMessage,
} from '../messaging/protocol';
import type {
  InboxRow,
  IncomingMessage,
  OpenThread,
  PageChanges,
  PageHealth,
  PlatformAdapter,
} from '../platforms/types';
import type { TrustCheck } from './banner';
import { BannerController } from './banner-controller';
import { withBoundedKeys } from './bounded-adapter';
import { allChanges, changedParts } from './changed-parts';
import { commonAncestor } from '../platforms/dom-tree';
import { needsMeFor } from './needs-me-report';
import { applyMarks, clearMarks, revealRow } from './marks';
import { reportQueue } from './report-queue';
import { scanInboxRows, scanThread, type ScanContext } from './scan';
import { startScheduler, type PartChanges, type Scheduler } from './scheduler';
import { SeenKeys } from './seen-keys';
import { boundKey, CANDIDATE_LIMITS, REPORT_LIMITS } from '../limits';
import { HISTORY_TURNS } from '../classifier/history';

type Batch = MessageData<'candidates:classify'>;

/** How old the open escalations may get before a pass fetches them again. */
const MARKS_MAX_AGE_MS = 30 * 60_000;

/**
 * The changes of a read that follows another read of the same page with nothing changed in
 * between: the adapter hands back what it read then, or reads from scratch if it read nothing.
 */
const NO_CHANGES: PageChanges = { targets: [], added: [], removed: [] };

const LAZY: SendOptions = { lazy: true };

/** Latest messages of the open thread kept for "Needs me". */
const RECENT_KEPT = 40;

export interface RuntimeDeps {
  adapter: PlatformAdapter;
  doc: Document;
  signal: AbortSignal;
  send: <K extends MessageType>(
    type: K,
    data: MessageData<K>,
    options?: SendOptions,
  ) => Promise<MessageResult<K>>;
  now: () => number;
  /** Which banner button events count as the owner's; the browser's `isTrusted` unless given. */
  trustedEvent?: TrustCheck;
}

export interface ContentRuntime {
  /** Runs one pass now (tests and benchmarks; normally the scheduler calls it). */
  runOnce(): void;
  /** Handles a message pushed by the background. */
  onTabMessage(message: TabMessage): void;
  /** Fetches the open escalations from the background and re-applies marks. */
  refreshMarks(): Promise<void>;
}

export function startContentRuntime(deps: RuntimeDeps): ContentRuntime {
  const { doc, signal } = deps;
  const adapter = withBoundedKeys(deps.adapter);
  const seen = new SeenKeys();
  const threadsSeen = new SeenKeys(500);
  let marks = new Map<string, OpenMark>();
  let lastHealth = '';
  let lastRows: readonly InboxRow[] = [];

  /**
   * What the tab asks of the background while its first pass runs waits for the pass to end: the
   * background's work for it (waking, the database, the classifier, the badge) would otherwise
   * run on the machine at the same time as the pass and the page's own load, and stretch them.
   * Undefined once released.
   */
  let held: ((go: boolean) => void)[] | undefined = [];
  const ask: RuntimeDeps['send'] = (type, data, options) => {
    if (!held) return deps.send(type, data, options);
    const waiting = held;
    return new Promise((resolve, reject) => {
      waiting.push((go) => {
        if (go) deps.send(type, data, options).then(resolve, reject);
        else reject(new Error(DISCONNECTED));
      });
    });
  };
  /**
   * The first pass is over, however it ended (an adapter that throws ends it too): what it asked
   * of the background goes, in the order asked; after the abort it fails instead.
   */
  function release() {
    const waiting = held;
    held = undefined;
    waiting?.forEach((go) => {
      go(!signal.aborted);
    });
  }

  const banner = new BannerController({
    adapter,
    doc,
    send: deps.send,
    onClosed: () => refreshMarks(),
    onNeedsMe: async (thread, category) => {
      const messages = lastThread?.threadKey === thread.threadKey ? recent : [];
      const found = needsMeFor(adapter.platform, thread, messages, category);
      if (!found) throw new Error('no customer message');
      await deps.send('verdict:needsMe', found.verdict);
      await deps.send('candidates:classify', {
        platform: adapter.platform,
        candidates: [found.candidate],
      });
      await refreshMarks();
    },
    trusted: deps.trustedEvent,
  });

  /**
   * Batches carrying messages of a thread with nothing drawn for it yet (a first look), that the
   * background has not answered yet: until it does, the banner cannot tell whether the thread
   * needs the owner ("Needs me" drawn now would be taken down again for the banner as soon as one
   * of them escalates). Once something is drawn for the thread, a new message's batch is not
   * waited for: its answer can only change what is drawn, as any later answer would.
   */
  const threadBatches = new Map<Batch, string>();
  /** The open escalations have been asked for once (answered or not). */
  let marksKnown = false;

  /** Draws the banner (or "Needs me") once what it depends on is known; else keeps it waiting. */
  function renderBanner() {
    const key = lastThread?.threadKey;
    if (signal.aborted) return;
    if (marksKnown && ![...threadBatches.values()].includes(key ?? ''))
      banner.render(lastThread, marks);
    else banner.hold(key);
  }

  const queue = reportQueue<Batch, MessageResult<'candidates:classify'>>({
    send: (batch, again) => {
      // Nothing on screen waits on a batch the banner does not wait for: the background may hold
      // its answer back and send it with later ones (it answers at once when one escalates). A
      // batch sent again is answered at once, with what is held.
      if (!again && !threadBatches.has(batch)) return ask('candidates:classify', batch, LAZY);
      const answer = ask('candidates:classify', batch);
      // Not delivered: the banner stops waiting for it (the queue sends it again later).
      answer.catch(() => {
        if (threadBatches.delete(batch)) renderBanner();
      });
      return answer;
    },
    onAcknowledged: (batch, { open }) => {
      for (const candidate of batch.candidates) seen.confirm(candidate.messageKeys);
      const waited = threadBatches.delete(batch);
      // Routine messages change no mark; a batch that logged an escalation comes back with the
      // open ones (the background does not push that change to this tab). A fetch under way may
      // have read them before the batch was logged: it fetches once more instead.
      if (open && refreshing) refreshQuietly();
      else if (open) {
        takeOpen(open);
        showMarks();
      } else if (waited) renderBanner();
    },
    signal,
    now: deps.now,
  });

  const reportHealth = (health: PageHealth) => {
    const key = JSON.stringify(health);
    if (key === lastHealth) return;
    lastHealth = key;
    ask('adapter:health', { platform: adapter.platform, health }).catch(() => {
      lastHealth = ''; // not delivered: try again on the next pass
    });
  };

  /** Open categories by thread key, and by the name key rows without an id fall back to. */
  function markCategories(): Map<string, Category> {
    const byKey = new Map<string, Category>();
    for (const mark of marks.values()) {
      byKey.set(mark.threadKey, mark.category);
      if (adapter.titleKey && mark.customer !== '')
        byKey.set(adapter.titleKey(mark.customer), mark.category);
    }
    return byKey;
  }

  /** What the scans of a pass share (read-only). */
  const ctx: ScanContext = { platform: adapter.platform, seen, turns: new WeakMap() };

  /** The page as the last pass saw it, reused by passes that only re-read one part. */
  let lastThread: OpenThread | undefined;
  let inboxRoot: Element | undefined;
  /** The open thread's latest messages as read so far (for "Needs me"), oldest first. */
  let recent: IncomingMessage[] = [];

  /** The inbox has been read since the page was last forgotten. */
  let inboxRead = false;
  /** The first pass has not run yet: it reads the open thread first and the inbox in a task of its own. */
  let firstPass = true;
  /** The inbox half of the first pass, waiting for its task. */
  let inboxTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Reads the inbox; the rows read anew are scanned and returned for marking. The first read since
   * the page was found takes every row as new: the adapter may have read them during this pass's
   * health check, and then hands them back as unchanged.
   */
  function readInboxPart(
    changes: PageChanges | undefined,
    candidates: Candidate[],
  ): readonly InboxRow[] {
    const read = adapter.readInbox(doc, changes);
    const fresh = inboxRead ? read.fresh : read.rows;
    // Found again over every row only on a read from scratch, or when a row read anew lies outside
    // the one found before (a new chat's row: one check, not one per row). The first pass's inbox
    // read hands back the health check's rows as unchanged, with none read anew: found then too.
    const root = changes && inboxRoot;
    if (!root || fresh.some((row) => !root.contains(row.element))) {
      inboxRoot = commonAncestor(read.rows.map((row) => row.element));
    }
    inboxRead = true;
    lastRows = read.rows;
    candidates.push(...scanInboxRows(fresh, ctx));
    return fresh;
  }

  function send(candidates: readonly Candidate[]) {
    const key = lastThread && !banner.drawnFor(lastThread.threadKey) ? lastThread.threadKey : '';
    for (let i = 0; i < candidates.length; i += CANDIDATE_LIMITS.candidates) {
      const batch: Batch = {
        platform: adapter.platform,
        candidates: candidates.slice(i, i + CANDIDATE_LIMITS.candidates),
      };
      // A pass's thread candidates are the open thread's.
      if (key !== '' && batch.candidates.some((c) => c.source === 'thread'))
        threadBatches.set(batch, key);
      queue.add(batch);
    }
    // After the new batches: the answer of one sent again then takes theirs along.
    queue.resume();
  }

  /**
   * The second half of a split first pass: the inbox, unless a pass read it meanwhile (every pass
   * reads an inbox not read yet from scratch).
   */
  function inboxPass() {
    inboxTimer = undefined;
    try {
      if (signal.aborted || inboxRead) return;
      const candidates: Candidate[] = [];
      // Nothing observed has changed since the first task: what the adapter read then (Instagram's
      // health check reads the whole inbox) still holds, so it is not read a second time.
      const changes = scheduler.quiet() ? NO_CHANGES : undefined;
      const freshRows = readInboxPart(changes, candidates);
      send(candidates);
      showMarks(freshRows);
      scheduler.watch(adapter.observeTargets(doc));
    } catch (error) {
      scheduler.failed(error);
    } finally {
      release();
    }
  }

  /** One pass; the first pass's hold ends with it, however it ends, unless its inbox task follows. */
  function runOnce(byPart?: readonly PartChanges[]) {
    try {
      pass(byPart);
    } finally {
      if (inboxTimer === undefined) release();
    }
  }

  function pass(byPart?: readonly PartChanges[]) {
    if (signal.aborted) return;
    const parts = changedParts(byPart, inboxRoot, lastThread?.root);
    /**
     * Each reader is handed the changes of the observed element holding its part (the inbox's row
     * moved is no concern of the thread's reader, nor the new message row of the inbox's); all of
     * them, made into one only then, when no observed element holds the part.
     */
    const changesOf = (root: Element | undefined): PageChanges | undefined =>
      byPart && ((root && byPart.find((part) => part.within.contains(root))) || allChanges(byPart));
    if (parts.elsewhere && !checkPage()) return;
    const candidates: Candidate[] = [];
    let freshRows: readonly InboxRow[] = [];
    // A first pass with a thread open is split in two tasks (the thread's messages, then the
    // inbox, marks and banner), so the page is never blocked for both at once.
    const split = firstPass && !inboxRead;
    firstPass = false;
    if (parts.elsewhere || parts.thread === 'changed') {
      // A change inside the thread can make it read-only (a notice replaces the composer).
      const open = adapter.openThread(
        doc,
        parts.elsewhere ? undefined : changesOf(lastThread?.root),
      );
      if (open?.root !== lastThread?.root || open?.threadKey !== lastThread?.threadKey) {
        lastThread = open;
        recent = [];
        parts.thread = 'unknown';
      } else if (open) {
        lastThread = open;
      }
    }
    if (lastThread && parts.thread !== 'unchanged') {
      candidates.push(
        ...readThread(
          lastThread,
          parts.thread === 'changed' ? changesOf(lastThread.root) : undefined,
        ),
      );
    }
    // The inbox after the thread: the preview of a message just read from the open thread (its
    // row still shows unread) is not sent a second time (scanInboxRows).
    if (parts.inbox !== 'unchanged' && !split) {
      freshRows = readInboxPart(
        parts.inbox === 'changed' ? changesOf(inboxRoot) : undefined,
        candidates,
      );
    }
    if (split && !lastThread) {
      // Same task as the health check: the page has not changed since.
      freshRows = readInboxPart(NO_CHANGES, candidates);
    }
    send(candidates);
    if (split && lastThread) {
      // The inbox pass draws marks, stylesheet and banner after its reads: a write now would make
      // the page's style stale, and the inbox's reads of computed style would pay for it.
      scheduler.watch(adapter.observeTargets(doc));
      inboxTimer = setTimeout(inboxPass, 0);
      return;
    }
    showMarks(freshRows);
    // Changes inside the inbox and the open thread alone leave the targets as they were: a
    // replaced target is a change to its parent, and a part not read yet counts as elsewhere.
    if (parts.elsewhere) scheduler.watch(adapter.observeTargets(doc));
  }

  /** Health and URL; false (and the page forgotten) when there is nothing to read. */
  function checkPage(): boolean {
    const health = adapter.health(doc);
    if (!adapter.isSupportedUrl(new URL(doc.location.href))) {
      // Outside the inbox (e.g. Instagram's feed) only a logged-out state is worth reporting.
      if (health.state === 'logged_out') reportHealth(health);
      forgetPage();
      return false;
    }
    reportHealth(health);
    if (health.state !== 'connected') {
      forgetPage();
      clearMarks(doc);
      return false;
    }
    return true;
  }

  /** New messages of the open thread; the first look at a thread reads its end as backlog. */
  function readThread(thread: OpenThread, changes: PageChanges | undefined): Candidate[] {
    const known = threadsSeen.has(thread.threadKey);
    const read = adapter.readMessages(thread, {
      changes,
      // First look: messages before the owner's last reply are answered history. Back in a
      // thread seen before: everything after the last message already handled is new.
      stopAt: known
        ? (message) => seen.has(boundKey(message.key, REPORT_LIMITS.messageKey))
        : (message) => message.author === 'me',
      history: HISTORY_TURNS,
    });
    const messages = read.messages;
    if (messages.length === 0) return [];
    if (read.fromScratch) recent = [];
    // A later read hands its history back with the new messages: each message is kept once.
    const kept = new Set(recent.map((m) => m.key));
    recent = recent.concat(messages.filter((m) => !kept.has(m.key))).slice(-RECENT_KEPT);
    const backlog = read.fromScratch && threadsSeen.add(thread.threadKey);
    return scanThread(thread, messages, ctx, backlog);
  }

  function forgetPage() {
    banner.hide();
    clearTimeout(inboxTimer);
    inboxTimer = undefined;
    inboxRead = false;
    lastRows = [];
    lastThread = undefined;
    inboxRoot = undefined;
    recent = [];
    marksShown = undefined;
  }

  /**
   * The categories the rows were last marked with, and the same as JSON; undefined after the page
   * was forgotten.
   */
  let marksShown:
    { marks: Map<string, OpenMark>; byKey: Map<string, Category>; said: string } | undefined;

  /**
   * Marks and banner from what the last pass read: the rows read anew, and when the open
   * escalations changed, the rows of the threads whose category changed (every row after the
   * page was forgotten). An answer that changes no category (a message merged into an escalation
   * already open) looks no other row up.
   */
  function showMarks(freshRows: readonly InboxRow[] = []) {
    let shown = marksShown;
    if (shown?.marks !== marks) {
      const was = shown;
      const byKey = markCategories();
      const said = JSON.stringify([...byKey]);
      if (said !== was?.said) {
        const fresh = new Set(freshRows);
        freshRows = lastRows.filter(
          (row) =>
            !was || was.byKey.get(row.threadKey) !== byKey.get(row.threadKey) || fresh.has(row),
        );
      }
      shown = marksShown = { marks, byKey, said };
    }
    if (freshRows.length > 0) applyMarks(freshRows, shown.byKey, categoryLabel);
    renderBanner();
    // The promise is worded relative to now ("today by 14:30"): fetched again now and then.
    if (deps.now() - marksAskedAt > MARKS_MAX_AGE_MS) refreshQuietly();
  }

  /** Fetches the open escalations; a failed fetch waits for the next pass or push. */
  function refreshQuietly(): void {
    refreshMarks().catch(() => undefined);
  }

  let refreshing: Promise<void> | undefined;
  let refreshAgain = false;
  let marksAskedAt = deps.now();
  /** The background's last answer with the open escalations, as JSON. */
  let marksSaid = '';

  /**
   * The background's open escalations. The same answer as last time (at load the background
   * pushes a change and answers each recorded batch) leaves the marks as they are: nothing is
   * redrawn.
   */
  function takeOpen(open: OpenMark[]) {
    const said = JSON.stringify(open);
    if (said !== marksSaid) marks = new Map(open.map((mark) => [mark.threadKey, mark]));
    marksSaid = said;
    banner.forgetClosed(open);
  }

  /**
   * Fetches the open escalations; calls during a fetch are merged into one more fetch. The flag
   * and the promise are cleared in the same step that ends the loop, so no call can slip between.
   */
  function refreshMarks(): Promise<void> {
    if (refreshing) {
      refreshAgain = true;
      return refreshing;
    }
    refreshing = (async () => {
      try {
        do {
          refreshAgain = false;
          marksAskedAt = deps.now();
          takeOpen(await ask('escalation:listOpen', { platform: adapter.platform }));
          // Set by a call that arrived during the await above; TypeScript cannot see that.
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
        } while (refreshAgain);
      } finally {
        refreshing = undefined;
        marksKnown = true;
      }
      if (!signal.aborted) showMarks();
    })();
    return refreshing;
  }

  const scheduler: Scheduler = startScheduler(doc, runOnce, signal, { now: deps.now });
  signal.addEventListener('abort', () => {
    clearTimeout(inboxTimer);
    release();
    banner.hide();
    clearMarks(doc);
  });
  refreshMarks().catch(() => {
    scheduler.request();
  });
  scheduler.runNow();

  return {
    runOnce,
    refreshMarks,
    onTabMessage(message) {
      if (message.type === 'marks:changed') {
        refreshQuietly();
      } else {
        revealRow(lastRows, message.threadKey);
      }
    },
  };
}
