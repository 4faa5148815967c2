/**
 * Keys that let the background recognise one customer message however the tab saw it: the
 * adapter's message key, and a content key (thread + start of the text) shared by the
 * inbox preview and the message in the open thread, so one message escalates once.
 */
import { hashText } from '../hash';

/**
 * The text composed (NFC), so a letter typed as a base and an accent keys as the precomposed one,
 * then its first 60 characters, spaces collapsed, lower case. Characters from U+0009 to U+02FF
 * (Latin letters with their accents) are each their own composed form and never compose with the
 * character before them: text made of them alone is taken as it is, and only text with another
 * character is normalised.
 */
export function contentKey(threadKey: string, text: string): string {
  const start = (/[^\t-\u02ff]/.test(text) ? text.normalize('NFC') : text)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .slice(0, 60);
  return `c:${threadKey}:${hashText(start)}`;
}

export function previewKey(threadKey: string, preview: string): string {
  return `p:${threadKey}:${hashText(preview.replace(/\s+/g, ' ').trim())}`;
}
