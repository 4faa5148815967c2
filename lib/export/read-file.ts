/**
 * Turns the bytes of a file the owner picked (or the CLI read) into a chat source:
 * - a WhatsApp export: `.txt`, or a `.zip` as WhatsApp shares it (the chat is `_chat.txt` on
 *   iPhone, `WhatsApp Chat with X.txt` on Android, next to the media files);
 * - an Instagram download: one `message_N.json`, or the whole `.zip` (every
 *   `…/messages/inbox/<thread>/message_N.json` in it).
 * From a zip only the chat entries are decompressed, after their sizes in the zip's directory
 * are checked against a limit; a bigger chat is refused with a message saying so. Text is UTF-8
 * (or UTF-16 with its byte-order mark); a byte-order mark and NUL bytes are tolerated.
 * Browser-safe (fflate).
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import {
  INSTAGRAM_MESSAGE_FILE,
  looksLikeInstagramJson,
  readInstagramJson,
  type InstagramThread,
} from './instagram';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Default limit on the decompressed chat (the options page; the CLI passes its own). */
export const MAX_CHAT_BYTES = 256 * 1024 * 1024;

export interface ReadLimits {
  /** Largest decompressed chat text (or sum of Instagram message files) accepted, in bytes. */
  maxChatBytes?: number;
}

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

const CHUNK = 1 << 20;

/**
 * The text of `bytes` in pieces of about 1 MB, so a large chat never becomes one string. UTF-16
 * when the bytes start with its byte-order mark, else UTF-8; a UTF-8 byte-order mark is dropped.
 */
export function* decodeChunks(bytes: Uint8Array): Generator<string> {
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const decoder = new TextDecoder(encoding);
  for (let i = start; i < bytes.length; i += CHUNK) {
    yield decoder.decode(bytes.subarray(i, Math.min(bytes.length, i + CHUNK)), { stream: true });
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

export function decodeText(bytes: Uint8Array): string {
  return [...decodeChunks(bytes)].join('');
}

function chatEntryRank(path: string): number {
  const name = (path.split('/').at(-1) ?? '').toLowerCase();
  if (name.startsWith('._') || path.startsWith('__MACOSX/') || !name.endsWith('.txt')) return 0;
  if (name === '_chat.txt') return 3;
  return name.startsWith('whatsapp') || /(chat|conversa)/.test(name) ? 2 : 1;
}

const megabytes = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;

/** The zip's directory, without decompressing anything. */
function listZip(name: string, bytes: Uint8Array): UnzipFileInfo[] {
  const files: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        files.push(file);
        return false;
      },
    });
  } catch (error) {
    throw new Error(`${name}: not a readable zip file (${(error as Error).message})`, {
      cause: error,
    });
  }
  return files;
}

function extract(name: string, bytes: Uint8Array, wanted: Set<string>): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  } catch (error) {
    throw new Error(`${name}: not a readable zip file (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/** Many NUL bytes at the start (not UTF-16): a photo or other binary file. A stray NUL is fine. */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return false;
  const head = bytes.subarray(0, 4096);
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  return nul > Math.max(1, head.length / 100);
}

export type ExportSource =
  | { platform: 'whatsapp'; bytes: Uint8Array }
  | { platform: 'instagram'; threads: InstagramThread[] };

/**
 * Reads an export file. Throws an Error with a message for the owner when a zip holds no chat,
 * when the chat is over the size limit, or when the bytes are neither a zip nor an export.
 */
export function openExport(name: string, bytes: Uint8Array, limits: ReadLimits = {}): ExportSource {
  const max = limits.maxChatBytes ?? MAX_CHAT_BYTES;
  if (isZip(bytes) || name.toLowerCase().endsWith('.zip')) {
    const files = listZip(name, bytes);
    const instagram = files.filter((f) => INSTAGRAM_MESSAGE_FILE.test(f.name));
    if (instagram.length > 0) {
      const total = instagram.reduce((sum, f) => sum + f.originalSize, 0);
      if (total > max) {
        throw new Error(
          `${name}: the messages in this zip take ${megabytes(total)}, more than the ${megabytes(max)} accepted`,
        );
      }
      const data = extract(name, bytes, new Set(instagram.map((f) => f.name)));
      const threads = Object.keys(data)
        .sort()
        .map((path) => readInstagramJson(decodeText(data[path] ?? new Uint8Array())));
      return { platform: 'instagram', threads };
    }
    const best = files
      .filter((f) => chatEntryRank(f.name) > 0)
      .sort((a, b) => chatEntryRank(b.name) - chatEntryRank(a.name))[0];
    if (best === undefined) {
      throw new Error(
        `${name}: the zip has no chat text (expected _chat.txt, "WhatsApp Chat with ….txt" or Instagram's messages/inbox/…/message_1.json)`,
      );
    }
    if (best.originalSize > max) {
      throw new Error(
        `${name}: the chat ${best.name} is ${megabytes(best.originalSize)}, more than the ${megabytes(max)} accepted`,
      );
    }
    const data = extract(name, bytes, new Set([best.name]))[best.name];
    if (data === undefined || data.length > max) {
      throw new Error(`${name}: the chat ${best.name} could not be read within ${megabytes(max)}`);
    }
    return { platform: 'whatsapp', bytes: data };
  }
  if (looksBinary(bytes)) throw new Error(`${name}: not a text file or a zip`);
  const head = decodeText(bytes.subarray(0, 4096));
  if (looksLikeInstagramJson(head)) {
    return { platform: 'instagram', threads: [readInstagramJson(decodeText(bytes))] };
  }
  if (bytes.length > max) {
    throw new Error(
      `${name}: the chat is ${megabytes(bytes.length)}, more than the ${megabytes(max)} accepted`,
    );
  }
  return { platform: 'whatsapp', bytes };
}

/** The chat text of a WhatsApp export file (see openExport); throws for anything else. */
export function readExportFile(name: string, bytes: Uint8Array, limits?: ReadLimits): string {
  const source = openExport(name, bytes, limits);
  if (source.platform !== 'whatsapp')
    throw new Error(`${name}: an Instagram download, not a WhatsApp chat`);
  return decodeText(source.bytes);
}
