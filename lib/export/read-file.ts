/**
 * Turns the bytes of a file the owner picked (or the CLI read) into export text: a .zip as WhatsApp
 * shares it (the chat is `_chat.txt` on iPhone, `WhatsApp Chat with X.txt` on Android, next to the
 * media files) or a plain .txt. UTF-8, with a byte-order mark removed. Browser-safe (fflate).
 */
import { unzipSync } from 'fflate';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
}

function chatEntryRank(path: string): number {
  const name = (path.split('/').at(-1) ?? '').toLowerCase();
  if (name.startsWith('._') || !name.endsWith('.txt')) return 0;
  if (name === '_chat.txt') return 3;
  return name.startsWith('whatsapp') || /(chat|conversa)/.test(name) ? 2 : 1;
}

/**
 * The chat text of an export file. Throws an Error with a message for the owner when a zip holds no
 * .txt, or when the bytes are neither a zip nor text.
 */
export function readExportFile(name: string, bytes: Uint8Array): string {
  if (isZip(bytes) || name.toLowerCase().endsWith('.zip')) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes, { filter: (file) => chatEntryRank(file.name) > 0 });
    } catch (error) {
      throw new Error(`${name}: not a readable zip file (${(error as Error).message})`, {
        cause: error,
      });
    }
    const best = Object.keys(entries).sort((a, b) => chatEntryRank(b) - chatEntryRank(a))[0];
    const data = best === undefined ? undefined : entries[best];
    if (data === undefined) {
      throw new Error(
        `${name}: the zip has no chat text (expected _chat.txt or "WhatsApp Chat with ….txt")`,
      );
    }
    return decode(data);
  }
  if (bytes.includes(0)) throw new Error(`${name}: not a text file or a zip`);
  return decode(bytes);
}
