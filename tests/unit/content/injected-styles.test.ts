// The stylesheets the content scripts carry (the marks' file, the banner's and "Needs me"'s shadow
// styles) count towards each script's 60 KB: they are written minified, and the parts the two
// shadow stylesheets share are written once.
import { describe, expect, it } from 'vitest';
import { BANNER_CSS } from '../../../components/injected/HandoffBanner';
import { NEEDS_ME_CSS } from '../../../components/injected/NeedsMeButton';
import { markStylesheet } from '../../../lib/content/mark-styles';

const sheets = {
  banner: BANNER_CSS,
  'needs me': NEEDS_ME_CSS,
  'marks, Instagram': markStylesheet('instagram'),
  'marks, WhatsApp': markStylesheet('whatsapp'),
};

/** The top-level rules of a stylesheet without nesting but @keyframes. */
function rules(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      out.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  return out;
}

describe.each(Object.entries(sheets))('the %s stylesheet', (_name, css) => {
  it('has no line break and no quotes around a plain attribute value', () => {
    expect(css).not.toContain('\n');
    expect(css).not.toMatch(/="[\w-]+"\]/);
  });

  it('is whole rules only (every brace closed)', () => {
    expect(rules(css).join('')).toBe(css);
  });
});

describe.each([
  ['banner', BANNER_CSS],
  ['needs me', NEEDS_ME_CSS],
])('the %s shadow stylesheet', (_name, css) => {
  it('sets an outline only in the focus ring, whose place among the rules is then free', () => {
    const outlined = rules(css).filter((rule) => rule.includes('outline'));
    expect(outlined).toEqual([
      'button:focus-visible{outline:2px solid var(--fg);outline-offset:2px}',
    ]);
  });

  it('has a light and a dark palette for the host', () => {
    expect(css).toMatch(/^:host\{all:initial;display:block;font:1\dpx\/1\.4 [^}]*--bg:#fff;/);
    expect(css).toContain(':host([data-theme=dark]){--bg:#202c33;');
  });
});
