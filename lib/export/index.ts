/**
 * Public surface of the chat export tools: read an export file (WhatsApp text or zip, Instagram
 * JSON or zip), parse it, backtest it. Pure and browser-safe, so the options page can use it as
 * well as the command line.
 */
export { backtestExport, backtestSource, HISTORY_TURNS, PROGRESS_EVERY } from './backtest';
export type { BacktestOptions, MessageVerdict } from './backtest';
export { chatSource, parsedSource } from './chat-source';
export type { ChatSource } from './chat-source';
export { fixText, looksLikeInstagramJson, readInstagramJson } from './instagram';
export type { InstagramThread } from './instagram';
export { chooseOwner } from './owner';
export type { OwnerChoice } from './owner';
export { looksLikeChatExport, parseChatExport } from './parse';
export type { ExportEntry } from './parse';
export {
  decodeChunks,
  decodeText,
  isZip,
  MAX_CHAT_BYTES,
  openExport,
  readExportFile,
} from './read-file';
export type { ExportSource, ReadLimits } from './read-file';
export type * from './types';
