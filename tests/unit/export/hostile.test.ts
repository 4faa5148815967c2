// Hostile and large inputs: each case here used to hang, exhaust memory or reject the file.
// These tests check behaviour and the work done in ways that do not depend on the machine: how
// many lines are read as a possible header, how much text is held between chunks, how many
// chunks are decoded before the first message comes out. How long things take is measured by
// `npm run bench`, not here.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openExport, parseChatExport, readExportFile } from '../../../lib/export';
import { cleanText } from '../../../lib/export/content';
import { HEAD_LIMIT } from '../../../lib/export/header';
import { ChatSplitter, MESSAGE_TEXT_LIMIT, messagesOf } from '../../../lib/export/parse';

interface Split {
  entries: { rest: string; more: string | null }[];
  splitter: ChatSplitter;
  /** The most characters the splitter held between two chunks. */
  maxHeld: number;
}

function split(chunks: Iterable<string>): Split {
  const entries: Split['entries'] = [];
  const splitter = new ChatSplitter((header, more) => entries.push({ rest: header.rest, more }));
  let maxHeld = 0;
  for (const chunk of chunks) {
    splitter.push(chunk);
    maxHeld = Math.max(maxHeld, splitter.held);
  }
  splitter.end();
  return { entries, splitter, maxHeld };
}

function* pieces(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

const HEADER = '12/07/2017, 22:35 - Noor Haddad: ';

describe('linear time and bounded memory on hostile text', () => {
  it('a message of 1,000,000 spaces: one line read as a header, its text kept up to the limit', () => {
    const text = `${HEADER}a${' '.repeat(1_000_000)}x <y`;
    const { entries, splitter } = split([text]);
    expect(entries).toHaveLength(1);
    expect(splitter.headerReads).toBe(1);
    const message = parseChatExport(text).messages[0]?.text ?? '';
    expect(message.startsWith('a   ')).toBe(true);
    expect(message.length).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT);
    expect(message.endsWith('…')).toBe(true);
  });

  it('the edited-tag check does not scan back through spaces', () => {
    expect(cleanText(`a${' '.repeat(1_000_000)}b>`)).toMatch(/b>$/);
  });

  it('a message of 200,000 blank lines: no blank line is read as a header, the next message is found', () => {
    const text = `${HEADER}a${'\n'.repeat(200_000)}b\n12/07/2017, 22:36 - Rui: ok`;
    const { entries, splitter } = split([text]);
    expect(splitter.headerReads).toBe(2);
    expect(entries.map((e) => e.rest)).toEqual(['Noor Haddad: a', 'Rui: ok']);
    expect(entries[0]?.more?.length).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT);
    const messages = parseChatExport(text).messages;
    expect(messages.map((m) => m.author)).toEqual(['Noor Haddad', 'Rui']);
    expect(messages[0]?.text.startsWith('a\n\n\n')).toBe(true);
    expect(messages[0]?.text.length).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT);
  });

  it('the same 200,000 blank lines streamed in small chunks hold at most one message', () => {
    const text = `${HEADER}a${'\r\n'.repeat(200_000)}b`;
    const { entries, maxHeld } = split(pieces(text, 1000));
    expect(entries).toHaveLength(1);
    expect(maxHeld).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT + 1);
  });

  it('a 1,000,000-character line with no line break, streamed in 1,000 chunks, is never held whole', () => {
    const text = `${HEADER}${'x'.repeat(1_000_000)}`;
    const { entries, maxHeld } = split(pieces(text, 1000));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.rest.startsWith('Noor Haddad: xxx')).toBe(true);
    expect(maxHeld).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT + HEAD_LIMIT);
  });

  it('messages are read while the file streams: the first comes before the second chunk is decoded', () => {
    const block = Array.from({ length: 100 }, (_, i) => `${HEADER}message ${i}`).join('\n');
    let decoded = 0;
    function* chunks() {
      for (let i = 0; i < 50; i++) {
        decoded++;
        yield `${block}\n`;
      }
    }
    const messages = messagesOf(chunks(), 'dmy', 2026);
    const first = messages.next();
    expect(first.done).toBe(false);
    expect(first.done ? null : first.value.text).toBe('message 0');
    expect(decoded).toBe(1);
  });
});

describe('chunks cut anywhere read the same as the whole text', () => {
  const text = [
    'a line before any header',
    '12/07/2017, 22:35 - Noor Haddad: first line',
    'second line',
    '',
    '12/07/2017, 22:36 - Rui: uma',
    '\u200eduas',
    '12/07/2017, 22:37 - Noor Haddad: \u200e<Media omitted>',
    '13/07/2017, 08:00 - Rui: fim',
  ];
  const reference = (t: string) => split([t]).entries;

  for (const [name, eol] of [
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
    ['\\r', '\r'],
  ] as const) {
    it(`line breaks ${name}, every cut into two chunks and into chunks of 1 to 7 characters`, () => {
      const whole = `${text.join(eol)}${eol}`;
      const expected = reference(whole);
      expect(expected.map((e) => e.rest)).toEqual([
        'Noor Haddad: first line',
        'Rui: uma',
        'Noor Haddad: \u200e<Media omitted>',
        'Rui: fim',
      ]);
      expect(expected[0]?.more).toBe('second line\n');
      for (let cut = 0; cut <= whole.length; cut++) {
        expect(split([whole.slice(0, cut), whole.slice(cut)]).entries).toEqual(expected);
      }
      for (let size = 1; size <= 7; size++) {
        expect(split(pieces(whole, size)).entries).toEqual(expected);
      }
    });
  }
});

/** Sets the compression method of `entry` in both its local header and the central directory. */
function setMethod(zip: Uint8Array, entry: string, method: number): Uint8Array {
  const out = zip.slice();
  const name = strToU8(entry);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const [nameAt, methodAt] =
      sig === 0x04034b50 ? [i + 30, i + 8] : sig === 0x02014b50 ? [i + 46, i + 10] : [-1, -1];
    if (nameAt < 0) continue;
    if (name.every((b, k) => out[nameAt + k] === b)) view.setUint16(methodAt, method, true);
  }
  return out;
}

describe('zips', () => {
  it('decompresses only the chat: other text entries are never inflated', () => {
    const files: Record<string, Uint8Array> = {
      '_chat.txt': strToU8('[31/12/24, 21:41:05] Ana: oi'),
    };
    for (let i = 0; i < 20; i++) files[`notes-${i}.txt`] = new Uint8Array(1000);
    let zip: Uint8Array = zipSync(files);
    // An entry in a compression method nobody supports throws if anyone tries to inflate it.
    for (let i = 0; i < 20; i++) zip = setMethod(zip, `notes-${i}.txt`, 99);
    expect(readExportFile('chat.zip', zip)).toBe('[31/12/24, 21:41:05] Ana: oi');
  });

  it('refuses a chat bigger than the limit before decompressing it, saying so', () => {
    const zip = zipSync({ '_chat.txt': new Uint8Array(3 * 1024 * 1024) });
    expect(() => openExport('big.zip', zip, { maxChatBytes: 1024 * 1024 })).toThrow(
      'big.zip: the chat _chat.txt is 3 MB, more than the 1 MB accepted',
    );
  });

  it('refuses Instagram message files bigger than the limit together', () => {
    const zip = zipSync({
      'your_instagram_activity/messages/inbox/ana_1/message_1.json': new Uint8Array(800_000),
      'your_instagram_activity/messages/inbox/rui_2/message_1.json': new Uint8Array(800_000),
    });
    expect(() => openExport('ig.zip', zip, { maxChatBytes: 1024 * 1024 })).toThrow(
      'ig.zip: the messages in this zip take 2 MB, more than the 1 MB accepted',
    );
  });

  it('a text file with a stray NUL byte is still a chat', () => {
    const bytes = strToU8('12/07/2017, 22:35 - Noor Haddad: hi\u0000\n');
    expect(parseChatExport(readExportFile('chat.txt', bytes)).messages).toHaveLength(1);
  });
});
