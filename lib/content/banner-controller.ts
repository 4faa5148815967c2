/**
 * The banner's behaviour in the open thread: which escalation it shows, Insert reply (asking
 * before replacing what the owner typed), and the same two closing actions as the popup. In a chat
 * the owner cannot write to there is no Insert reply, only a note. Where the site's send button
 * tells whether its editor holds text, an insertion counts as done only once that button turns
 * on (within `confirmWithinMs`); otherwise the banner says the reply may not be there. It
 * inserts into the composer but never sends; closing goes to the background, which is the only
 * writer. Reasons are grouped by category and the promise is worded like the draft.
 */
import type { InsertState } from '@/components/injected/HandoffBanner';
import type { Category } from '../classifier/types';
import { t } from '../i18n';
import { categoryLabel } from '../labels';
import { linesOfGroups } from '../reason-text';
import type { MessageData, MessageResult, MessageType, OpenMark } from '../messaging/protocol';
import type { OpenThread, PlatformAdapter } from '../platforms/types';
import { BannerHost, type TrustCheck } from './banner';
import { insertDraft } from './insert-draft';
import { NeedsMeHost } from './needs-me';

export interface BannerControllerDeps {
  adapter: PlatformAdapter;
  doc: Document;
  send: <K extends MessageType>(type: K, data: MessageData<K>) => Promise<MessageResult<K>>;
  /** Called after the owner closed an escalation from the banner. */
  onClosed: () => Promise<void>;
  /** "Needs me" on an open conversation without an escalation (not offered when absent). */
  onNeedsMe?: (thread: OpenThread, category: Category) => Promise<void>;
  /** Which button events count as the owner's (default: the browser's `isTrusted`). */
  trusted?: TrustCheck;
  /** How long the site's send button may take to turn on after an insertion (default 2 s). */
  confirmWithinMs?: number;
}

const CONFIRM_WITHIN_MS = 2000;

export class BannerController {
  readonly #host: BannerHost;
  readonly #insertStates = new Map<number, InsertState>();
  #shown: { thread: OpenThread; mark: OpenMark } | undefined;
  #unflagged: OpenThread | undefined;
  /**
   * What the drawing on the page was made from (thread key, root, read-only state, marks, theme)
   * and the anchor it stands before (see render).
   */
  #same: { inputs: unknown[]; anchor: Element } | undefined;
  readonly #needsMe: NeedsMeHost;

  readonly #deps: BannerControllerDeps;

  constructor(deps: BannerControllerDeps) {
    this.#deps = deps;
    this.#host = new BannerHost(deps.trusted);
    this.#needsMe = new NeedsMeHost(async (category) => {
      const thread = this.#unflagged;
      if (thread && deps.onNeedsMe) await deps.onNeedsMe(thread, category);
    });
  }

  /**
   * Shows the banner for `thread` when it has an open escalation in `marks`, hides it otherwise.
   * A call with the thread (key, root, read-only), the marks and the theme of the last one, whose
   * drawing still stands just before its anchor, does nothing: a new message costs no look-up.
   */
  render(thread: OpenThread | undefined, marks: ReadonlyMap<string, OpenMark>): void {
    const { adapter, doc } = this.#deps;
    const live = thread?.root.isConnected ? thread : undefined;
    const dark =
      doc.body.classList.contains('dark') || doc.documentElement.classList.contains('dark');
    const readOnly = live?.readOnly === true;
    const inputs = [live?.threadKey, live?.root, readOnly, marks, dark];
    const same = this.#same;
    if (
      live &&
      same?.inputs.every((input, i) => input === inputs[i]) &&
      (this.#shown ? this.#host : this.#needsMe).inPlace(same.anchor)
    ) {
      if (this.#shown) this.#shown.thread = live;
      else this.#unflagged = live;
      return;
    }
    const mark = live && marks.get(live.threadKey);
    const anchor = live ? adapter.bannerAnchor(doc) : undefined;
    if (live && anchor && !mark && this.#deps.onNeedsMe) {
      this.#shown = undefined;
      this.#host.hide();
      this.#unflagged = live;
      this.#needsMe.show(anchor, live.threadKey, dark);
      this.#same = { inputs, anchor };
      return;
    }
    this.#unflagged = undefined;
    this.#needsMe.hide();
    if (!live || !mark || !anchor) {
      this.hide();
      return;
    }
    this.#shown = { thread: live, mark };
    this.#same = { inputs, anchor };
    // The banner draws again only the parts whose words changed (renderHandoffBanner).
    this.#host.show(
      anchor,
      {
        category: mark.category,
        categoryLabel: categoryLabel(mark.category),
        customer: mark.customer,
        reasonLines: linesOfGroups(mark.reasonGroups, t, categoryLabel),
        draft: mark.draft,
        promiseText: mark.promiseText,
        insertState: this.#insertStates.get(mark.id) ?? 'idle',
        readOnly,
        onInsert: () => {
          this.#insert(mark, false);
        },
        onConfirmReplace: () => {
          this.#insert(mark, true);
        },
        onCancelReplace: () => {
          this.#insertStates.set(mark.id, 'idle');
          this.#rerender();
        },
        onResolve: () => {
          this.#close(mark, 'resolved');
        },
        onDismiss: () => {
          this.#close(mark, 'dismissed');
        },
      },
      dark,
    );
  }

  /**
   * Leaves what is drawn for the thread `threadKey` as it is while its escalations are being
   * decided; anything drawn for another thread goes.
   */
  hold(threadKey: string | undefined): void {
    if ((this.#shown?.thread ?? this.#unflagged)?.threadKey !== threadKey) this.hide();
  }

  /** Something (the banner or "Needs me") is drawn for the thread `threadKey`. */
  drawnFor(threadKey: string): boolean {
    return (this.#shown?.thread ?? this.#unflagged)?.threadKey === threadKey;
  }

  hide(): void {
    this.#same = undefined;
    this.#shown = undefined;
    this.#host.hide();
    this.#unflagged = undefined;
    this.#needsMe.hide();
  }

  /** Forgets insert states of escalations that are no longer open. */
  forgetClosed(open: readonly OpenMark[]): void {
    for (const id of this.#insertStates.keys()) {
      if (!open.some((m) => m.id === id)) this.#insertStates.delete(id);
    }
  }

  /** Draws the shown banner again (its insert state changed): no skip for an unchanged pass. */
  #rerender(): void {
    this.#same = undefined;
    if (this.#shown)
      this.render(this.#shown.thread, new Map([[this.#shown.thread.threadKey, this.#shown.mark]]));
  }

  #insert(mark: OpenMark, replace: boolean): void {
    const { adapter, doc } = this.#deps;
    const composer = adapter.composer(doc);
    const outcome = composer ? insertDraft(composer, mark.draft, { replace }) : undefined;
    if (outcome !== 'inserted') {
      this.#insertStates.set(mark.id, outcome === 'not_empty' ? 'confirm' : 'failed');
      this.#rerender();
      return;
    }
    const settle = (confirmed: boolean): void => {
      this.#insertStates.set(mark.id, confirmed ? 'inserted' : 'unconfirmed');
      this.#rerender();
    };
    // Confirmed at once (or the adapter cannot tell): settle now, as before any waiting.
    if (this.#sendReady()) settle(true);
    else void this.#sendButtonTurnsOn().then(settle);
  }

  /** The site's send button is on, or the adapter cannot tell. */
  #sendReady(): boolean {
    return this.#deps.adapter.sendReady?.(this.#deps.doc) ?? true;
  }

  /**
   * Whether the site's send button turns on within the allowed time. Watches the page for
   * changes rather than polling.
   */
  #sendButtonTurnsOn(): Promise<boolean> {
    const { doc } = this.#deps;
    const ready = () => this.#sendReady();
    const view = doc.defaultView;
    if (!view) return Promise.resolve(false);
    return new Promise((resolve) => {
      const observer = new view.MutationObserver(() => {
        if (ready()) finish(true);
      });
      const timer = view.setTimeout(() => {
        finish(ready());
      }, this.#deps.confirmWithinMs ?? CONFIRM_WITHIN_MS);
      function finish(value: boolean): void {
        observer.disconnect();
        view?.clearTimeout(timer);
        resolve(value);
      }
      observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true });
    });
  }

  #close(mark: OpenMark, status: 'resolved' | 'dismissed'): void {
    this.#deps
      .send('escalation:close', { id: mark.id, status })
      .then(() => this.#deps.onClosed())
      .catch(() => {
        this.#insertStates.set(mark.id, 'failed');
        this.#rerender();
      });
  }
}
