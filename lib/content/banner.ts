/**
 * Mounts the handoff banner for the open thread in a shadow root whose host carries
 * `data-escalation-ui` (docs/contracts.md, "Marks"): the site's CSS cannot reach it and ours cannot leak.
 * One banner at a time; it follows the thread panel when the site replaces it.
 *
 * The page's own scripts share the DOM with us, so the banner is guarded against them: its shadow
 * root is closed (a page script cannot reach into it to read the draft or find the buttons), and
 * its buttons act only on events the browser marks as trusted (the owner's own click or key
 * press), never on clicks a script synthesises.
 */
import { createShadowHost, hostInPlace, setHostTheme } from './shadow-host';
import {
  BANNER_CSS,
  renderHandoffBanner,
  type BannerStrings,
  type HandoffBannerProps,
} from '@/components/injected/HandoffBanner';
import { t, texts } from '../i18n';

export type BannerProps = Omit<HandoffBannerProps, 'strings'>;

export function bannerStrings(): BannerStrings {
  return {
    ...texts('banner_', [
      'needsYou',
      'insert',
      'replaceTyped',
      'keepTyped',
      'typedWarning',
      'inserted',
      'draftLabel',
      'failed',
      'readOnly',
      'unconfirmed',
    ]),
    resolve: t('action_resolve'),
    dismiss: t('action_dismiss'),
    reasonsLabel: t('log_reasons'),
  };
}

/** Whether an event comes from the owner (the browser's `isTrusted`). */
export type TrustCheck = (event: Event) => boolean;
export const isOwnersEvent: TrustCheck = (event) => event.isTrusted;

/** Each `on…` callback wrapped to run only for an event that passes `trusted`. */
function guardActions(props: BannerProps, trusted: TrustCheck): BannerProps {
  const guard =
    (action: (event: Event) => void) =>
    (event: Event): void => {
      if (trusted(event)) action(event);
    };
  return {
    ...props,
    onInsert: guard(props.onInsert),
    onConfirmReplace: guard(props.onConfirmReplace),
    onCancelReplace: guard(props.onCancelReplace),
    onResolve: guard(props.onResolve),
    onDismiss: guard(props.onDismiss),
  };
}

export class BannerHost {
  #host: HTMLElement | undefined;
  #shadow: ShadowRoot | undefined;
  /** Read from the catalogue when the banner is first shown: most pages never show one. */
  #strings: BannerStrings | undefined;

  readonly #trusted: TrustCheck;

  constructor(trusted: TrustCheck = isOwnersEvent) {
    this.#trusted = trusted;
  }

  /** Shows (or updates) the banner just before `anchor`. */
  show(anchor: Element, props: BannerProps, dark: boolean): void {
    if (!this.#host || !hostInPlace(this.#host, anchor)) {
      this.hide();
      ({ host: this.#host, shadow: this.#shadow } = createShadowHost(
        anchor,
        'banner',
        'closed',
        BANNER_CSS,
      ));
    }
    setHostTheme(this.#host, dark);
    const mount = this.#shadow?.lastElementChild;
    if (mount)
      renderHandoffBanner(mount, {
        ...guardActions(props, this.#trusted),
        strings: (this.#strings ??= bannerStrings()),
      });
  }

  /** The banner is on the page, just before `anchor`. */
  inPlace(anchor: Element): boolean {
    return hostInPlace(this.#host, anchor);
  }

  hide(): void {
    this.#host?.remove();
    this.#host = undefined;
    this.#shadow = undefined;
  }

  get element(): HTMLElement | undefined {
    return this.#host;
  }
}
