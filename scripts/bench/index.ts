/**
 * The benchmark modules `npm run bench` runs, in order. Each prints its own table.
 * To add one, append `{ name, run }` here.
 */
import { run as classifierBench } from './classifier';
import { run as contentBench } from './content';
import { run as exportBench } from './export';
import { run as popupChromiumBench } from './popup-chromium';
import { run as sizesBench } from './sizes';

export interface BenchModule {
  name: string;
  run(): Promise<void>;
}

export const BENCHES: BenchModule[] = [
  { name: 'classifier', run: classifierBench },
  { name: 'export reader', run: exportBench },
  { name: 'sizes', run: sizesBench },
  { name: 'popup (Chromium)', run: popupChromiumBench },
  { name: 'content script (Chromium)', run: contentBench },
  // The jsdom popup bench runs on import and installs jsdom globals, so it goes last.
  {
    name: 'popup (jsdom)',
    run: async () => {
      await import('./popup');
    },
  },
];
