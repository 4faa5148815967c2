/**
 * A tiny element builder for the UI injected into the sites' pages, which is drawn with the DOM
 * itself (no UI library in the content scripts). Text is always set as text, never parsed as HTML,
 * so a customer's name or message cannot become markup.
 */
type Child = Node | string | false | undefined;

/** The test hook's attribute, named once (the name would otherwise be in the script many times). */
export const TEST_ID = 'data-testid';

export function el(
  doc: Document,
  tag: string,
  attrs: Record<string, string | boolean | undefined> = {},
  children: readonly Child[] = [],
): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === false || child === undefined) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

/** A button that calls `action` with the click event. */
export function button(
  doc: Document,
  attrs: Record<string, string | boolean | undefined>,
  label: string,
  action: (event: Event) => void,
): HTMLElement {
  const node = el(doc, 'button', { type: 'button', ...attrs }, [label]);
  node.addEventListener('click', action);
  return node;
}

const drawn = new WeakMap<Element, string>();

/**
 * Draws `view` into `mount` only when `key` (the data it shows) differs from the last drawing, so
 * passes that change nothing leave the elements, and the owner's focus, where they are.
 */
export function drawOnce(mount: Element, key: string, view: () => Node): void {
  if (drawn.get(mount) === key) return;
  drawn.set(mount, key);
  mount.replaceChildren(view());
}
