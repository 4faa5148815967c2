// @vitest-environment jsdom
/**
 * What sits inside a quoted reply is the quoted message's, not the row's own: a tail, a direction
 * class or a picture there says nothing about the row. A row without a quote is asked each of
 * those questions with one query; these rows take the longer way, alternative by alternative.
 */
import { describe, expect, it } from 'vitest';
import { directionOf } from '@/lib/platforms/whatsapp/direction';
import { readParts } from '@/lib/platforms/whatsapp/message-parts';

/** One 2026-style message row; `quote` and `own` are inner HTML of the quote and of the bubble. */
function row(own: string, quote = ''): HTMLElement {
  document.body.innerHTML = `<div data-id="3A00" data-testid="conv-msg-3A00"><div data-testid="msg-container">
    ${quote === '' ? '' : `<div role="button" aria-label="Quoted message">${quote}<span class="quoted-mention">Quoted text</span></div>`}
    <div class="copyable-text" data-pre-plain-text="[10:00, 01/12/2026] Ana: "><span data-testid="selectable-text" class="selectable-text">Hello</span></div>
    ${own}
  </div></div>`;
  return document.querySelector<HTMLElement>('[data-id]')!;
}

const picture = '<div data-testid="image-thumb"><img src="blob:x" alt=""></div>';

describe('whatsapp row parts and direction with a quoted reply', () => {
  it('takes a picture inside the quote for the quoted message’s, one outside for the row’s', () => {
    expect(readParts(row('', picture))).toMatchObject({ quoted: 'Quoted text', hasMedia: false });
    expect(readParts(row(picture, picture)).hasMedia).toBe(true);
    expect(readParts(row(picture)).hasMedia).toBe(true);
    expect(readParts(row('')).hasMedia).toBe(false);
  });

  it('reads no direction from a tail or a class inside the quote', () => {
    const tailIn = '<span data-testid="tail-in" data-icon="tail-in"></span>';
    const tailOut = '<span data-testid="tail-out" data-icon="tail-out"></span>';
    const inQuote = row('', `${tailOut}<div class="message-out"></div>`);
    expect(directionOf(inQuote, { outside: readParts(inQuote).outside }).signal).not.toMatch(
      /tail|class/,
    );
    const both = row(tailIn, tailOut);
    expect(directionOf(both, { outside: readParts(both).outside })).toEqual({
      author: 'them',
      signal: 'tail',
    });
    const plain = row(tailOut);
    expect(directionOf(plain, { outside: readParts(plain).outside })).toEqual({
      author: 'me',
      signal: 'tail',
    });
  });
});
