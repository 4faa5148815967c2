/**
 * Classifier speed: µs per message and messages per second on a realistic mix (the corpus's
 * messages, mostly 20-150 characters, some with history), for classify and the keyword
 * baseline in the same run; then 10 KB, 100 KB and 1 MB messages to show the input cap.
 * Warm-up first, then the median of several rounds. Single thread.
 */
import { performance } from 'node:perf_hooks';
import { classify, keywordBaseline } from '../../lib/classifier/index';
import type { ClassifierInput } from '../../lib/classifier/types';
import { loadCorpus, loadFaqConfig, type Classifier } from '../corpus/load';

const ROUNDS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function timeEach(fn: Classifier, inputs: readonly ClassifierInput[], minMs: number): number {
  const config = loadFaqConfig();
  const rounds: number[] = [];
  let sink = 0;
  for (let r = 0; r < ROUNDS + 1; r++) {
    let n = 0;
    const t0 = performance.now();
    let t: number;
    do {
      for (const input of inputs) sink += fn(input, config).score;
      n += inputs.length;
      t = performance.now();
    } while (t - t0 < minMs);
    if (r > 0) rounds.push(((t - t0) * 1000) / n); // round 0 is warm-up
  }
  if (sink < 0) console.log(sink);
  return median(rounds);
}

export function run(): Promise<void> {
  const corpus = loadCorpus();
  const mix: ClassifierInput[] = corpus.map((r) => ({
    text: r.text,
    ...(r.history ? { history: r.history } : {}),
  }));
  const avgLen = mix.reduce((s, m) => s + m.text.length, 0) / mix.length;
  const typical = mix.filter((m) => m.text.length >= 70 && m.text.length <= 130 && !m.history);

  console.log(
    `realistic mix: ${mix.length} corpus messages, mean ${avgLen.toFixed(0)} chars; typical: ${typical.length} messages of 70-130 chars`,
  );
  console.log('  workload              classify µs/msg   msgs/s     baseline µs/msg   msgs/s');
  for (const [name, inputs] of [
    ['corpus mix', mix],
    ['typical ~100 chars', typical],
  ] as const) {
    const a = timeEach(classify, inputs, 300);
    const b = timeEach(keywordBaseline, inputs, 300);
    console.log(
      `  ${name.padEnd(20)} ${a.toFixed(2).padStart(10)} ${Math.round(1e6 / a)
        .toString()
        .padStart(10)} ${b.toFixed(2).padStart(16)} ${Math.round(1e6 / b)
        .toString()
        .padStart(10)}`,
    );
  }

  const base = typical.map((m) => m.text).join(' ');
  console.log('\nlong messages (input capped: first 1.5 KB and last 0.5 KB are scored)');
  console.log('  size        classify ms   baseline ms');
  for (const size of [1_000, 10_000, 100_000, 1_000_000]) {
    const text = base.repeat(Math.ceil(size / base.length)).slice(0, size);
    const a = timeEach(classify, [{ text }], 50) / 1000;
    const b = timeEach(keywordBaseline, [{ text }], 50) / 1000;
    console.log(
      `  ${`${size / 1000} KB`.padEnd(10)} ${a.toFixed(3).padStart(12)} ${b.toFixed(3).padStart(13)}`,
    );
  }
  console.log('\nbudgets: < 20 µs per typical message; 1 MB message < 5 ms');
  return Promise.resolve();
}
