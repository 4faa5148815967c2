/**
 * Keys that let the background recognise one customer message however the tab saw it: the
 * adapter's message key, and a content key (thread + start of the text) shared by the
 * inbox preview and the message in the open thread, so one message escalates once.
 */
import { hashText } from '../hash';

export function contentKey(threadKey: string, text: string): string {
  const start = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 60);
  return `c:${threadKey}:${hashText(start)}`;
}

export function previewKey(threadKey: string, preview: string): string {
  return `p:${threadKey}:${hashText(preview.replace(/\s+/g, ' ').trim())}`;
}
