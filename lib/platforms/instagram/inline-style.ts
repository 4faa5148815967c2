/**
 * What an element's own style attribute sets for one of the properties the adapter reads, read
 * from the attribute's text when that text is plain (`name: keyword` declarations), and from the
 * element's style object otherwise. Asking an element for its style object makes the browser
 * build one, with an editable copy of the element's declarations: some microseconds per element,
 * and the first pass asks it of hundreds (two lines per inbox row, a line per message row). The
 * text answers only where it cannot differ from the style object: no comment, escape, quote,
 * function, `!important` or at-rule anywhere, no shorthand or `all` that could set the property,
 * and every value given for it one of its usual keywords, in lower case; anything else is left to
 * the style object. Read-only.
 */

/** Style properties the adapter reads. */
export type StyleProperty =
  'overflowY' | 'flexDirection' | 'fontWeight' | 'display' | 'justifyContent' | 'alignSelf';

/**
 * Per property: its CSS name, the shorthand that also sets it (its own name when there is none),
 * and the values read from text.
 */
const PLAIN: Record<StyleProperty, readonly [string, string, RegExp]> = {
  overflowY: ['overflow-y', 'overflow', /^(visible|hidden|clip|scroll|auto)$/],
  flexDirection: ['flex-direction', 'flex-flow', /^(row|column)(-reverse)?$/],
  fontWeight: ['font-weight', 'font', /^(normal|bold|bolder|lighter|[1-9]00)$/],
  display: ['display', 'display', /^(block|inline|(inline-)?(flex|grid)|none)$/],
  justifyContent: ['justify-content', 'place-content', /^((flex-)?(start|end)|center|normal)$/],
  alignSelf: ['align-self', 'place-self', /^(auto|(flex-)?(start|end)|center|normal|stretch)$/],
};

/** Anything that makes an attribute's text more than plain declarations. */
const NOT_PLAIN = /[!()\\"'/{}@]/;

/** The value `style` (an attribute's text) sets for `property` ('' for none), or undefined when the text is not plain enough to say. */
export function plainValue(style: string, property: StyleProperty): string | undefined {
  if (NOT_PLAIN.test(style)) return undefined;
  const [name, shorthand, keyword] = PLAIN[property];
  let value = '';
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) {
      if (declaration.trim() !== '') return undefined;
      continue;
    }
    const declared = declaration.slice(0, colon).trim().toLowerCase();
    if (declared === name) {
      value = declaration.slice(colon + 1).trim();
      if (!keyword.test(value)) return undefined;
    } else if (declared === shorthand || declared === 'all') return undefined;
  }
  return value;
}

/** The value the element's own style attribute sets for `property`, '' when it sets none. */
export function inlineValue(el: Element, property: StyleProperty): string {
  // Most elements have no style attribute: its text is read only from those that have one.
  if (!el.hasAttribute('style')) return '';
  const plain = plainValue(el.getAttribute('style') ?? '', property);
  if (plain !== undefined) return plain;
  return 'style' in el ? (el as HTMLElement).style[property] : '';
}
