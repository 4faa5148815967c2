// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readText } from '@/lib/platforms/dom-text';
import { parsePrePlainText } from '@/lib/platforms/whatsapp/pre-plain-text';
import { directionOf } from '@/lib/platforms/whatsapp/direction';
import { normaliseTitle, threadKeyFromTitle } from '@/lib/platforms/whatsapp/thread-key';

function html(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  return host.firstElementChild as HTMLElement;
}

describe('readText', () => {
  it('turns emoji images back into emoji (data-plain-text first, then alt)', () => {
    const el = html('<span>Oi <img data-plain-text="😀" alt="x"><img alt="👍"> tudo bem?</span>');
    expect(readText(el)).toBe('Oi 😀👍 tudo bem?');
  });

  it('keeps line breaks from text, <br> and paragraphs, without stacking block breaks', () => {
    expect(readText(html('<span><span>one\n</span><span>two</span></span>'))).toBe('one\ntwo');
    expect(readText(html('<div>one<br>two<br><br>four</div>'))).toBe('one\ntwo\n\nfour');
    expect(readText(html('<div><p>one</p><p>two</p><div><p>three</p></div></div>'))).toBe(
      'one\ntwo\nthree',
    );
  });

  it('collapses spaces, drops bidi marks and NBSPs, ignores svg and pretty-printing', () => {
    const el = html(`<div>
      <span>\u200eHello\u00a0\u00a0  world</span>
      <svg><title>wds-ic-read</title></svg>
    </div>`);
    expect(readText(el)).toBe('Hello world');
  });

  it('cleans the text of an element holding one text node as any other', () => {
    const cases: [string, string][] = [
      ['plain words, one space apart', 'plain words, one space apart'],
      ['  padded  ', 'padded'],
      ['two  spaces', 'two spaces'],
      ['tab\there', 'tab here'],
      ['line\r\nbreak \n\n\n\nend', 'line\nbreak\n\nend'],
      ['nb\u00a0sp and\u202fnarrow', 'nb sp and narrow'],
      ['\u200fbidi\u2066 marks\u2069\ufeff', 'bidi marks'],
      ['\u2003em space\u2003', 'em space'],
    ];
    for (const [text, read] of cases) {
      const span = document.createElement('span');
      span.append(text);
      expect(readText(span)).toBe(read);
      // The same text split over two text nodes takes the walk: the same result.
      const split = document.createElement('span');
      split.append(text.slice(0, 3), text.slice(3));
      expect(readText(split)).toBe(read);
    }
  });

  it('keeps zero-width joiners of emoji sequences', () => {
    expect(readText(html('<span>👩\u200d💻</span>'))).toBe('👩\u200d💻');
  });

  it('leaves out skipped subtrees', () => {
    const el = html('<div><q>old text</q><span>new text</span></div>');
    expect(readText(el, { skip: (node) => node.tagName === 'Q' })).toBe('new text');
  });
});

describe('parsePrePlainText', () => {
  const at = (y: number, m: number, d: number, h: number, min: number): number =>
    new Date(y, m - 1, d, h, min).getTime();

  it.each([
    ['[09:12, 22/09/2026] Lucía Gómez: ', 'Lucía Gómez', at(2026, 9, 22, 9, 12)],
    ['[10:54 PM, 12/9/2025] Sam Lee: ', 'Sam Lee', at(2025, 12, 9, 22, 54)],
    ['[12:05 AM, 1/2/2025] Sam Lee: ', 'Sam Lee', at(2025, 1, 2, 0, 5)],
    ['[15:56, 11.07.2026] Jonas Weber: ', 'Jonas Weber', at(2026, 7, 11, 15, 56)],
    ['[下午2:46, 2026/5/9] Li Wei: ', 'Li Wei', at(2026, 5, 9, 14, 46)],
    ['[08:00, 3/4/26] Ana: ', 'Ana', at(2026, 4, 3, 8, 0)],
    [
      '[9:15 am, 25/12/2025] Dr. Rui: Costa - Loja: ',
      'Dr. Rui: Costa - Loja',
      at(2025, 12, 25, 9, 15),
    ],
  ])('%s', (raw, sender, sentAt) => {
    expect(parsePrePlainText(raw)).toEqual({ sender, sentAt });
  });

  it('keeps the sender when the timestamp cannot be read, and rejects other text', () => {
    expect(parsePrePlainText('[yesterday] Ana: ')).toEqual({ sender: 'Ana' });
    expect(parsePrePlainText('no brackets')).toBeUndefined();
  });
});

describe('direction fallbacks', () => {
  const bare = (meta = ''): HTMLElement =>
    html(
      `<div data-id="X1"><div data-testid="msg-container"><span data-testid="selectable-text">ok</span>${meta}</div></div>`,
    );
  const none = (): boolean => false;

  it('uses the owner name learnt from outgoing rows', () => {
    expect(
      directionOf(bare(), {
        outside: none,
        prePlainSender: 'Bolsa Bonita',
        ownerName: 'Bolsa Bonita',
      }),
    ).toEqual({ author: 'me', signal: 'author' });
  });

  it('carries the previous direction forward when a row has no signal at all', () => {
    expect(directionOf(bare(), { outside: none, previous: 'me' })).toEqual({
      author: 'me',
      signal: 'carry',
    });
    expect(directionOf(bare(), { outside: none })).toEqual({ author: 'them', signal: 'default' });
  });

  it('reads msg-meta without a receipt as incoming, and a wds receipt as outgoing', () => {
    const meta = '<div data-testid="msg-meta"><span>10:00</span></div>';
    expect(directionOf(bare(meta), { outside: none, previous: 'me' }).author).toBe('them');
    const star = '<div data-testid="msg-meta"><svg><title>wds-ic-star</title></svg></div>';
    expect(directionOf(bare(star), { outside: none }).signal).toBe('no-receipt');
    const read = '<div data-testid="msg-meta"><svg><title>wds-ic-read</title></svg></div>';
    expect(directionOf(bare(read), { outside: none })).toEqual({ author: 'me', signal: 'receipt' });
  });

  it('reads localized own labels', () => {
    const label = (text: string): HTMLElement =>
      html(`<div data-id="X2"><span aria-label="${text}"></span></div>`);
    expect(directionOf(label('Você:'), { outside: none }).author).toBe('me');
    expect(directionOf(label('Tú:'), { outside: none }).author).toBe('me');
    expect(directionOf(label('+55 11 9000-0000:'), { outside: none }).author).toBe('them');
  });
});

describe('threadKey', () => {
  it('normalises case, spacing, bidi marks and phone formatting', () => {
    expect(threadKeyFromTitle('  Carla\u00a0 Mendes ')).toBe('wa:title:carla mendes');
    expect(normaliseTitle('\u202a+55 11 91234-5678\u202c')).toBe('+5511912345678');
    expect(threadKeyFromTitle('Lucía Gómez')).toBe(threadKeyFromTitle('Luci\u0301a Go\u0301mez'));
  });
});
