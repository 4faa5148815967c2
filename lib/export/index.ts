/**
 * Public surface of the WhatsApp export tools: read an export file, parse it, backtest it. Pure and
 * browser-safe, so the options page can use it as well as the command line.
 */
export { backtestExport } from './backtest';
export { looksLikeChatExport, parseChatExport } from './parse';
export { isZip, readExportFile } from './read-file';
export type * from './types';
