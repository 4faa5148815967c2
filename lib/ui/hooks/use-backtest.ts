/**
 * The options page's backtest: reads a dropped WhatsApp export once, then re-runs the classifier
 * over it whenever the draft settings or the chosen owner change, so the owner sees the effect of
 * an edit before saving it.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import {
  backtestExport,
  parseChatExport,
  readExportFile,
  type BacktestReport,
  type ParsedChat,
} from '../../export';
import { toClassifierConfig } from '../../settings/validate';
import type { Settings } from '../../settings/types';
import { cleanSettings } from '../settings-form';

export type BacktestState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'failed'; fileName: string; error: string }
  | { status: 'ready'; fileName: string; report: BacktestReport; owner: string | undefined };

type Source =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'failed'; fileName: string; error: string }
  | { status: 'parsed'; fileName: string; chat: ParsedChat };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs the backtest of `chat` under `settings`; pure apart from the classifier's own work. */
export function runBacktest(
  chat: ParsedChat,
  settings: Settings,
  owner: string | undefined,
): BacktestReport {
  const clean = cleanSettings(settings);
  const ownerHints = [clean.ownerName, clean.businessName].filter((name) => name.trim() !== '');
  return backtestExport(chat, toClassifierConfig(clean), { owner, ownerHints });
}

export function useBacktest(settings: Settings | undefined) {
  const [source, setSource] = useState<Source>({ status: 'idle' });
  const [owner, setOwner] = useState<string | undefined>(undefined);

  const loadFile = useCallback(async (fileName: string, bytes: Promise<ArrayBuffer>) => {
    setSource({ status: 'reading', fileName });
    setOwner(undefined);
    try {
      const text = readExportFile(fileName, new Uint8Array(await bytes));
      setSource({ status: 'parsed', fileName, chat: parseChatExport(text) });
    } catch (error) {
      setSource({ status: 'failed', fileName, error: messageOf(error) });
    }
  }, []);

  const state = useMemo((): BacktestState => {
    if (source.status !== 'parsed') return source;
    if (settings === undefined) return { status: 'reading', fileName: source.fileName };
    try {
      return {
        status: 'ready',
        fileName: source.fileName,
        report: runBacktest(source.chat, settings, owner),
        owner,
      };
    } catch (error) {
      return { status: 'failed', fileName: source.fileName, error: messageOf(error) };
    }
  }, [source, settings, owner]);

  return { state, loadFile, setOwner };
}
