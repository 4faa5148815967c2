/**
 * The host element our injected UI (banner, Needs me) lives in: a `div` marked
 * `data-escalation-ui`, inserted just before the adapter's anchor, with its own shadow root holding
 * a style sheet and one mount point. The site's styles cannot reach inside, nor ours leak out.
 */
export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/** Whether `current` still stands just before `anchor`; otherwise a new host is needed. */
export function hostInPlace(current: HTMLElement | undefined, anchor: Element): boolean {
  return current?.isConnected === true && current.nextElementSibling === anchor;
}

export function createShadowHost(
  anchor: Element,
  ui: string,
  mode: ShadowRootMode,
  css: string,
): ShadowHost {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('div');
  host.setAttribute('data-escalation-ui', ui);
  const shadow = host.attachShadow({ mode });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style, doc.createElement('div'));
  anchor.before(host);
  return { host, shadow };
}

/** `data-theme="dark"` on a dark site, no attribute on a light one. */
export function setHostTheme(host: HTMLElement, dark: boolean): void {
  if (dark) host.setAttribute('data-theme', 'dark');
  else host.removeAttribute('data-theme');
}
