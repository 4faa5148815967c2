/**
 * The benchmark modules `npm run bench` runs, in order. Each prints its own table.
 * To add one, append `{ name, run }` here.
 */
import { run as classifierBench } from './classifier';

export interface BenchModule {
  name: string;
  run(): Promise<void>;
}

export const BENCHES: BenchModule[] = [{ name: 'classifier', run: classifierBench }];
