import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { normalise } from '@/lib/classifier/normalise';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('the word tables', () => {
  it('keep only the words they read, not the messages the words came from', () => {
    const filler = 'obrigada pela resposta, '.repeat(80); // about 1,900 characters, words seen once
    normalise(filler);
    const before = heapAfterGc();
    // 1,000 long messages, each with one long word the tables have not met: the tables keep
    // 1,000 new words and their facts (about 0.4 MB). Were each word a view of its message,
    // they would keep its message too (about 2.3 MB).
    for (let i = 0; i < 1000; i++) normalise(`${filler}encomendamos${String(100000 + i)}`);
    const kept = heapAfterGc() - before;
    expect(kept).toBeLessThan(1_000_000);
  });
});
