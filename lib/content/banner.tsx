/**
 * Mounts the handoff banner for the open conversation in a shadow root whose host carries
 * `data-escalation-ui` (docs/contracts.md, "Marks"): the site's CSS cannot reach it and ours cannot leak.
 * One banner at a time; it follows the conversation panel when the site replaces it.
 */
import { render } from 'preact';
import {
  BANNER_CSS,
  HandoffBanner,
  type BannerStrings,
  type HandoffBannerProps,
} from '@/components/injected/HandoffBanner';
import { t } from '../i18n';

export type BannerProps = Omit<HandoffBannerProps, 'strings'>;

export function bannerStrings(): BannerStrings {
  return {
    needsYou: t('banner_needsYou'),
    insert: t('banner_insert'),
    replaceTyped: t('banner_replaceTyped'),
    keepTyped: t('banner_keepTyped'),
    typedWarning: t('banner_typedWarning'),
    inserted: t('banner_inserted'),
    resolve: t('action_resolve'),
    dismiss: t('action_dismiss'),
    reasonsLabel: t('log_reasons'),
    draftLabel: t('banner_draftLabel'),
    failed: t('banner_failed'),
  };
}

export class BannerHost {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private readonly strings = bannerStrings();

  /** Shows (or updates) the banner just before `anchor`. */
  show(anchor: Element, props: BannerProps, dark: boolean): void {
    if (!this.host || !this.host.isConnected || this.host.nextElementSibling !== anchor) {
      this.hide();
      const doc = anchor.ownerDocument;
      this.host = doc.createElement('div');
      this.host.setAttribute('data-escalation-ui', 'banner');
      this.shadow = this.host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = BANNER_CSS;
      this.shadow.append(style, doc.createElement('div'));
      anchor.before(this.host);
    }
    this.host.toggleAttribute('data-theme', dark);
    if (dark) this.host.setAttribute('data-theme', 'dark');
    const mount = this.shadow?.lastElementChild;
    if (mount) render(<HandoffBanner {...props} strings={this.strings} />, mount);
  }

  hide(): void {
    const mount = this.shadow?.lastElementChild;
    if (mount) render(null, mount);
    this.host?.remove();
    this.host = undefined;
    this.shadow = undefined;
  }

  get element(): HTMLElement | undefined {
    return this.host;
  }
}
