/**
 * One backtest run of the options page, as plain data in and out so it can run in a Web Worker:
 * the export's bytes, the draft settings and the chosen owner in; progress and the report out.
 * The worker keeps the surveyed chat between runs of the same file, so an edit re-runs only the
 * classifier.
 */
import {
  backtestSource,
  chatSource,
  openExport,
  type BacktestReport,
  type ChatSource,
} from '../export';
import { toClassifierConfig } from '../settings/validate';
import type { Settings } from '../settings/types';
import { cleanSettings } from './settings-form';
import { errorText } from './error-text';

export interface BacktestJob {
  id: number;
  fileName: string;
  /** The file's bytes; sent with the first run of a file only. */
  bytes?: ArrayBuffer;
  settings: Settings;
  owner: string | undefined;
}

export type BacktestReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; report: BacktestReport }
  | { type: 'failed'; id: number; error: string };

/** Runs jobs, remembering the last file read. */
export class BacktestJobs {
  private fileName = '';
  private source: ChatSource | undefined;

  run(job: BacktestJob, reply: (r: BacktestReply) => void): void {
    try {
      if (job.bytes !== undefined || this.source === undefined || this.fileName !== job.fileName) {
        if (job.bytes === undefined)
          throw new Error(`${job.fileName}: the file is no longer loaded`);
        this.source = chatSource(openExport(job.fileName, new Uint8Array(job.bytes)));
        this.fileName = job.fileName;
      }
      const source = this.source;
      if (source.total === 0) {
        throw new Error(`${job.fileName}: no WhatsApp or Instagram messages found`);
      }
      const clean = cleanSettings(job.settings);
      const ownerHints = [clean.ownerName, clean.businessName].filter((n) => n.trim() !== '');
      const report = backtestSource(source, toClassifierConfig(clean), {
        owner: job.owner,
        ownerHints,
        onProgress: (done, total) => reply({ type: 'progress', id: job.id, done, total }),
      });
      reply({ type: 'done', id: job.id, report });
    } catch (error) {
      reply({ type: 'failed', id: job.id, error: errorText(error) });
    }
  }
}
