// Hostile and large inputs: each case here used to hang, exhaust memory or reject the file.
// These tests check behaviour (the reader finishes, refuses clearly, reads only what it needs);
// how long things take is measured by `npm run bench`, not here.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openExport, parseChatExport, readExportFile } from '../../../lib/export';
import { cleanText } from '../../../lib/export/content';

describe('linear time on whitespace', () => {
  it('a message of 1,000,000 spaces ending in a tag-like text', () => {
    const body = `${' '.repeat(1_000_000)}x <y`;
    const chat = parseChatExport(`12/07/2017, 22:35 - Noor Haddad: a${body}`);
    expect(chat.messages[0]?.text.endsWith('x <y')).toBe(true);
  });

  it('the edited-tag check does not scan back through spaces', () => {
    expect(cleanText(`a${' '.repeat(1_000_000)}b>`)).toMatch(/b>$/);
  });

  it('a message of 200,000 blank lines', () => {
    const chat = parseChatExport(`12/07/2017, 22:35 - Noor Haddad: a${'\n'.repeat(200_000)}b`);
    expect(chat.messages[0]?.text).toBe(`a${'\n'.repeat(200_000)}b`);
  });
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
