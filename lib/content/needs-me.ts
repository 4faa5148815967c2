/**
 * Mounts "Needs me" (components/injected/NeedsMeButton) for an open conversation without an open
 * escalation, in its own shadow root just before where the banner goes; its host carries
 * `data-escalation-ui="needs-me"`. Only one at a time; it forgets its state when the owner moves
 * to another thread.
 */
import { createShadowHost, hostInPlace, setHostTheme } from './shadow-host';
import {
  NEEDS_ME_CSS,
  renderNeedsMe,
  type NeedsMeState,
  type NeedsMeStrings,
} from '@/components/injected/NeedsMeButton';
import { CATEGORIES, type Category } from '../classifier/types';
import { texts } from '../i18n';
import { categoryLabel } from '../labels';

export function needsMeStrings(): NeedsMeStrings {
  return texts('needsMe_', ['button', 'hint', 'question', 'cancel', 'failed']);
}

export class NeedsMeHost {
  #host: HTMLElement | undefined;
  #shadow: ShadowRoot | undefined;
  #threadKey: string | undefined;
  #state: NeedsMeState = 'idle';
  #dark = false;
  /** Read from the catalogue when the button is first drawn, not when the runtime starts. */
  #text: NeedsMeStrings | undefined;

  readonly #onChoose: (category: Category) => Promise<void>;

  constructor(onChoose: (category: Category) => Promise<void>) {
    this.#onChoose = onChoose;
  }

  show(anchor: Element, threadKey: string, dark: boolean): void {
    if (threadKey !== this.#threadKey) {
      this.#threadKey = threadKey;
      this.#state = 'idle';
    } else if (this.#host && hostInPlace(this.#host, anchor) && this.#dark === dark) {
      return; // already drawn for this thread, in place: state changes redraw through set()
    }
    this.#dark = dark;
    if (!this.#host || !hostInPlace(this.#host, anchor)) {
      this.#remove();
      ({ host: this.#host, shadow: this.#shadow } = createShadowHost(
        anchor,
        'needs-me',
        'open',
        NEEDS_ME_CSS,
      ));
    }
    setHostTheme(this.#host, dark);
    this.#draw();
  }

  /** The button is on the page, just before `anchor`. */
  inPlace(anchor: Element): boolean {
    return hostInPlace(this.#host, anchor);
  }

  hide(): void {
    this.#remove();
    this.#threadKey = undefined;
    this.#state = 'idle';
  }

  #remove(): void {
    this.#host?.remove();
    this.#host = undefined;
    this.#shadow = undefined;
  }

  #set(state: NeedsMeState): void {
    this.#state = state;
    this.#draw();
  }

  #draw(): void {
    const mount = this.#shadow?.lastElementChild;
    if (!mount) return;
    renderNeedsMe(mount, {
      state: this.#state,
      categories: CATEGORIES.map((category) => ({ category, label: categoryLabel(category) })),
      strings: (this.#text ??= needsMeStrings()),
      onOpen: () => {
        this.#set('choosing');
      },
      onCancel: () => {
        this.#set('idle');
      },
      onChoose: (category) => {
        const key = this.#threadKey;
        this.#set('sending');
        this.#onChoose(category).then(
          () => {
            if (this.#threadKey === key) this.#set('idle');
          },
          () => {
            if (this.#threadKey === key) this.#set('failed');
          },
        );
      },
    });
  }
}
