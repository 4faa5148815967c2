/**
 * Public surface of the chat export tools: read an export file (WhatsApp text or zip, Instagram
 * JSON or zip), parse it, backtest it. Pure and browser-safe, so the options page can use it as
 * well as the command line.
 */
export { backtestExport, backtestSource } from './backtest';
export type { MessageVerdict } from './backtest';
export { chatSource } from './chat-source';
export type { ChatSource } from './chat-source';
export { fixText, looksLikeInstagramJson, readInstagramJson } from './instagram';
export { looksLikeChatExport, parseChatExport } from './parse';
export { isZip, openExport, readExportFile } from './read-file';
export type * from './types';
