/**
 * The content runtime shared by both sites: watches the page through the platform adapter, sends
 * new customer messages to the background as candidates to classify (one batch per pass, queued
 * and retried until acknowledged, report-queue.ts), marks chat rows, shows the banner
 * (banner-controller.ts), and reports whether the page is recognised. It never sends a message and
 * never opens a chat.
 */
import type { Category } from '../classifier/types';
import { categoryLabel } from '../labels';
import { CANDIDATE_LIMITS } from '../limits';
import type {
  Candidate,
  MessageData,
  MessageResult,
  MessageType,
  OpenMark,
  TabMessage,
} from '../messaging/protocol';
import type { ChatRow, OpenThread, PageHealth, PlatformAdapter } from '../platforms/types';
import type { TrustCheck } from './banner';
import { uiLanguage } from '../i18n';
import { BannerController } from './banner-controller';
import { withBoundedKeys } from './bounded-adapter';
import { changedParts, commonAncestor } from './changed-parts';
import { needsMeFor } from './needs-me-report';
import { applyMarks, clearMarks, ensureMarkStyles, revealRow } from './marks';
import { ReportQueue } from './report-queue';
import { scanRows, scanThread, type ScanContext } from './scan';
import { startScheduler, type Scheduler } from './scheduler';
import { SeenKeys } from './seen-keys';
import type { ContentSettings } from './settings';

type Batch = MessageData<'candidates:classify'>;

export interface RuntimeDeps {
  adapter: PlatformAdapter;
  doc: Document;
  signal: AbortSignal;
  send: <K extends MessageType>(type: K, data: MessageData<K>) => Promise<MessageResult<K>>;
  settings: ContentSettings;
  now: () => number;
  /** Which banner button events count as the owner's; the browser's `isTrusted` unless given. */
  trustedEvent?: TrustCheck;
}

export interface ContentRuntime {
  /** Runs one pass now (tests and benchmarks; normally the scheduler calls it). */
  runOnce(): void;
  /** Handles a message pushed by the background. */
  onTabMessage(message: TabMessage): void;
  updateSettings(settings: ContentSettings): void;
  /** Fetches the open escalations from the background and re-applies marks. */
  refreshMarks(): Promise<void>;
}

export function startContentRuntime(deps: RuntimeDeps): ContentRuntime {
  const { doc, signal } = deps;
  const adapter = withBoundedKeys(deps.adapter);
  const seen = new SeenKeys();
  const threadsSeen = new SeenKeys(500);
  let settings = deps.settings;
  let marks = new Map<string, OpenMark>();
  let lastHealth = '';
  let lastRows: ChatRow[] = [];

  const banner = new BannerController({
    adapter,
    doc,
    send: deps.send,
    onClosed: () => refreshMarks(),
    onNeedsMe: async (thread, category) => {
      const found = needsMeFor(adapter.platform, thread, adapter.readMessages(thread), category);
      if (!found) throw new Error('no customer message in this conversation');
      await deps.send('verdict:needsMe', found.verdict);
      await deps.send('candidates:classify', {
        platform: adapter.platform,
        candidates: [found.candidate],
      });
      await refreshMarks();
    },
    timeZone: () => settings.timeZone,
    uiLanguage: uiLanguage(),
    now: deps.now,
    trusted: deps.trustedEvent,
  });

  const queue = new ReportQueue<Batch>({
    send: (batch) => deps.send('candidates:classify', batch),
    onAcknowledged: (batch) => {
      for (const candidate of batch.candidates) seen.confirm(candidate.messageKeys);
      refreshMarks().catch(() => undefined);
    },
    signal,
    now: deps.now,
  });

  const reportHealth = (health: PageHealth) => {
    const key = JSON.stringify(health);
    if (key === lastHealth) return;
    lastHealth = key;
    deps.send('adapter:health', { platform: adapter.platform, health }).catch(() => {
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

  function scanContext(): ScanContext {
    return { platform: adapter.platform, seen };
  }

  /** The page as the last pass saw it, reused by passes that only re-read one part. */
  let lastThread: OpenThread | undefined;
  let listRoot: Element | undefined;

  function runOnce(changed?: readonly Node[]) {
    if (signal.aborted) return;
    const health = adapter.health(doc);
    if (!adapter.isSupportedUrl(new URL(doc.location.href))) {
      // Outside the inbox (e.g. Instagram's feed) only a logged-out state is worth reporting.
      if (health.state === 'logged_out') reportHealth(health);
      forgetPage();
      return;
    }
    reportHealth(health);
    if (health.state !== 'connected') {
      forgetPage();
      clearMarks(doc);
      return;
    }
    ensureMarkStyles(doc, adapter.platform);
    const parts = changedParts(changed, listRoot, lastThread?.root);
    const ctx = scanContext();
    const candidates: Candidate[] = [];
    if (parts.list) {
      lastRows = adapter.listRows(doc);
      listRoot = commonAncestor(lastRows.map((row) => row.element));
      candidates.push(...scanRows(lastRows, ctx));
    }
    if (parts.thread) {
      lastThread = adapter.openThread(doc);
      if (lastThread) {
        const messages = adapter.readMessages(lastThread);
        // The first pass that sees messages of a thread reads them as backlog.
        const backlog = messages.length > 0 && threadsSeen.add(lastThread.threadKey);
        candidates.push(...scanThread(lastThread, messages, ctx, backlog));
      }
    }
    queue.resume();
    for (let i = 0; i < candidates.length; i += CANDIDATE_LIMITS.candidates) {
      const batch = candidates.slice(i, i + CANDIDATE_LIMITS.candidates);
      queue.add({ platform: adapter.platform, candidates: batch });
    }
    if (parts.list) marksShown = undefined;
    showMarks();
  }

  function forgetPage() {
    banner.hide();
    lastRows = [];
    lastThread = undefined;
    listRoot = undefined;
    marksShown = undefined;
  }

  /** The marks map the rows were last marked with; undefined after the rows were re-read. */
  let marksShown: Map<string, OpenMark> | undefined;

  /** Marks and banner from what the last pass read; rows are touched only when something changed. */
  function showMarks() {
    if (marksShown !== marks) {
      applyMarks(lastRows, markCategories(), categoryLabel);
      marksShown = marks;
    }
    banner.render(lastThread, marks);
  }

  let refreshing: Promise<void> | undefined;
  let refreshAgain = false;

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
          const open = await deps.send('escalation:listOpen', { platform: adapter.platform });
          marks = new Map(open.map((mark) => [mark.threadKey, mark]));
          banner.forgetClosed(open);
          // Set by a call that arrived during the await above; TypeScript cannot see that.
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
        } while (refreshAgain);
      } finally {
        refreshing = undefined;
      }
      if (!signal.aborted) showMarks();
    })();
    return refreshing;
  }

  const scheduler: Scheduler = startScheduler(doc.body, runOnce, signal);
  signal.addEventListener('abort', () => {
    banner.hide();
    clearMarks(doc);
  });
  refreshMarks().catch(() => {
    scheduler.request();
  });
  runOnce();

  return {
    runOnce,
    refreshMarks,
    updateSettings(next) {
      settings = next;
    },
    onTabMessage(message) {
      if (message.type === 'marks:changed') {
        refreshMarks().catch(() => undefined);
      } else {
        revealRow(lastRows, message.threadKey);
      }
    },
  };
}
