import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier, isModelWeights } from '../../../lib/classifier/core';
import { MODEL, classify } from '../../../lib/classifier/index';
import { config } from './helpers';

const DIR = join(import.meta.dirname, '../../../lib/classifier');

/** Relative imports of a classifier module, followed through the whole graph. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    const src = readFileSync(join(DIR, file), 'utf8');
    for (const m of src.matchAll(/(?:import|export)[^'"]*from\s+'(\.[^']+)'/g)) {
      if (/^(?:import|export)\s+type\b/.test(m[0])) continue;
      const target = join(dirname(file), m[1] as string);
      todo.push(target.endsWith('.json') ? target : `${target}.ts`);
    }
  }
  return seen;
}

describe('classifier without bundled weights', () => {
  it('core.ts does not import model.json, directly or not', () => {
    const graph = importGraph('core.ts');
    expect(graph.has('classify.ts')).toBe(true);
    expect([...graph].filter((f) => f.endsWith('.json'))).toEqual([]);
    expect(importGraph('index.ts').has('model.json')).toBe(true);
  });

  it('with the built-in weights it gives what classify gives', () => {
    const own = createClassifier(structuredClone(MODEL));
    for (const text of [
      'The print on the shirt peeled off after one wash',
      'quero falar com um atendente',
      'Vocês emitem nota fiscal?',
      'thanks, see you tomorrow',
    ]) {
      expect(own({ text }, config())).toEqual(classify({ text }, config()));
    }
  });

  it('without weights the rules still work; only the model’s own verdicts are gone', () => {
    for (const rulesOnly of [createClassifier(null), createClassifier({ bogus: true } as never)]) {
      expect(rulesOnly({ text: 'quero falar com um atendente' }, config()).category).toBe(
        'human_request',
      );
      expect(rulesOnly({ text: 'Vocês emitem nota fiscal?' }, config()).category).toBe(
        'knowledge_gap',
      );
      // Flagged by the learned model alone (no lexicon phrase for it).
      const text = 'The print on the shirt peeled off after one wash';
      expect(classify({ text }, config()).category).toBe('complaint');
      expect(rulesOnly({ text }, config()).escalate).toBe(false);
    }
  });
});

describe('isModelWeights', () => {
  it('accepts the built-in weights after a JSON round trip (extension messaging)', () => {
    expect(isModelWeights(JSON.parse(JSON.stringify(MODEL)))).toBe(true);
    expect(isModelWeights({ version: 1, bias: [0, 0, 0, 0], features: {} })).toBe(true);
  });

  it.each([
    null,
    undefined,
    'model',
    [],
    {},
    { version: 1, bias: [0, 0, 0], features: {} },
    { version: 1, bias: [0, 0, 0, 'x'], features: {} },
    { version: '1', bias: [0, 0, 0, 0], features: {} },
    { version: 1, bias: [0, 0, 0, 0], features: [] },
    { version: 1, bias: [0, 0, 0, 0], features: null },
    { version: 1, bias: [0, 0, 0, 0], features: { hi: [1, 2, 3] } },
    { version: 1, bias: [0, 0, 0, 0], features: { hi: [1, 2, 3, Number.NaN] } },
  ])('rejects %j', (value) => {
    expect(isModelWeights(value)).toBe(false);
  });
});
