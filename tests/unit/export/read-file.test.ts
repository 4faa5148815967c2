import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseChatExport, readExportFile } from '../../../lib/export';

const fixtureBytes = (name: string) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../fixtures/exports/${name}`, import.meta.url))),
  );

describe('readExportFile', () => {
  it('reads an iPhone zip: _chat.txt beside the photos', () => {
    const zip = zipSync({
      '00000012-PHOTO-2024-12-30-20-04-10.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
      '_chat.txt': fixtureBytes('iphone-pt.txt'),
    });
    const text = readExportFile('WhatsApp Chat - Rafael Costa.zip', zip);
    expect(parseChatExport(text).authors).toEqual(['Rafael Costa', 'Marta Bolsas']);
  });

  it('reads an Android zip: "WhatsApp Chat with X.txt", with a byte-order mark', () => {
    const zip = zipSync({
      'IMG-20241231-WA0001.jpg': new Uint8Array([0xff, 0xd8]),
      'WhatsApp Chat with Beatriz Lima.txt': strToU8(
        '\ufeff' +
          readFileSync(
            fileURLToPath(new URL('../../fixtures/exports/android-pt.txt', import.meta.url)),
            'utf8',
          ),
      ),
    });
    const text = readExportFile('chat.zip', zip);
    expect(text.startsWith('30/12/2024 10:15')).toBe(true);
  });

  it('prefers the chat over other text files in the zip', () => {
    const zip = zipSync({
      'notes.txt': strToU8('hello'),
      '_chat.txt': strToU8('[31/12/24, 21:41:05] Ana: oi'),
    });
    expect(readExportFile('x.zip', zip)).toBe('[31/12/24, 21:41:05] Ana: oi');
  });

  it('refuses a zip with no chat text, saying what it expected', () => {
    const zip = zipSync({ 'IMG-1.jpg': new Uint8Array([1, 2, 3]) });
    expect(() => readExportFile('photos.zip', zip)).toThrow(
      'photos.zip: the zip has no chat text (expected _chat.txt, "WhatsApp Chat with ….txt" or Instagram\'s messages/inbox/…/message_1.json)',
    );
  });

  it('refuses a broken zip', () => {
    expect(() =>
      readExportFile('broken.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])),
    ).toThrow(/broken\.zip: not a readable zip file/);
  });

  it('reads a .txt as UTF-8 without its byte-order mark', () => {
    const text = readExportFile(
      'WhatsApp Chat with Alex Kim.txt',
      fixtureBytes('android-en-crlf-bom.txt'),
    );
    expect(text.startsWith('1/2/25, 3:04 PM')).toBe(true);
  });

  it('refuses binary data that is not a zip', () => {
    expect(() => readExportFile('photo.jpg', new Uint8Array([0xff, 0xd8, 0, 0]))).toThrow(
      'photo.jpg: not a text file or a zip',
    );
  });
});
