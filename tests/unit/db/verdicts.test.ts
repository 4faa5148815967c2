import { describe, expect, it } from 'vitest';
import { deleteEverything } from '@/lib/db/escalations';
import {
  addVerdict,
  countVerdicts,
  countVerdictsSince,
  forgetLearning,
  latestVerdicts,
  loadLearning,
  removeVerdict,
  removeVerdictsOf,
  saveLearning,
  verdictsToLearn,
  type NewVerdict,
} from '@/lib/db/verdicts';
import { EMPTY_ADAPTATION, MAX_VERDICTS } from '@/lib/learning/types';
import { freshDb } from './helpers';

function verdict(over: Partial<NewVerdict> = {}): NewVerdict {
  return {
    kind: 'not_needed',
    text: 'the usual 60 croissants for tomorrow',
    history: [],
    category: null,
    platform: 'whatsapp',
    customer: 'Café Aurora',
    ...over,
  };
}

describe('verdicts', () => {
  it('are stored, counted per category, listed newest first and learned oldest first', async () => {
    const { db } = freshDb();
    await addVerdict(db, verdict({ text: 'a' }), 100);
    await addVerdict(db, verdict({ text: 'b', kind: 'needs_me', category: 'complaint' }), 200);
    await addVerdict(db, verdict({ text: 'c', kind: 'correction', category: 'emotional' }), 300);
    expect((await latestVerdicts(db, 2)).map((v) => v.text)).toEqual(['c', 'b']);
    expect((await verdictsToLearn(db)).map((v) => [v.text, v.category])).toEqual([
      ['a', null],
      ['b', 'complaint'],
      ['c', 'emotional'],
    ]);
    const counts = await countVerdicts(db);
    expect(counts.total).toBe(3);
    expect(counts.notNeeded).toBe(1);
    expect(counts.byCategory).toMatchObject({ complaint: 1, emotional: 1, high_value: 0 });
    expect(await countVerdictsSince(db, 200)).toBe(2);
  });

  it(`keep only the newest ${MAX_VERDICTS}`, async () => {
    const { db } = freshDb();
    await db.verdicts.bulkAdd(
      Array.from({ length: MAX_VERDICTS }, (_, i) => ({ ...verdict({ text: `v${i}` }), at: i })),
    );
    await addVerdict(db, verdict({ text: 'newest' }), MAX_VERDICTS);
    expect(await db.verdicts.count()).toBe(MAX_VERDICTS);
    const texts = (await verdictsToLearn(db)).map((v) => v.text);
    expect(texts[0]).toBe('v1');
    expect(texts.at(-1)).toBe('newest');
  });

  it('can be removed one by one, by escalation, all at once, and with all data', async () => {
    const { db } = freshDb();
    const a = await addVerdict(db, verdict({ escalationId: 7 }), 1);
    await addVerdict(db, verdict({ escalationId: 8 }), 2);
    await addVerdict(db, verdict(), 3);
    expect(await removeVerdictsOf(db, 8)).toBe(1);
    expect(await removeVerdict(db, a)).toBe(true);
    expect(await removeVerdict(db, a)).toBe(false);
    expect(await db.verdicts.count()).toBe(1);

    await saveLearning(db, EMPTY_ADAPTATION, 'k', 5);
    expect((await loadLearning(db))?.configKey).toBe('k');
    await forgetLearning(db);
    expect(await db.verdicts.count()).toBe(0);
    expect(await loadLearning(db)).toBeUndefined();

    await addVerdict(db, verdict(), 6);
    await saveLearning(db, EMPTY_ADAPTATION, 'k', 7);
    await deleteEverything(db);
    expect(await db.verdicts.count()).toBe(0);
    expect(await loadLearning(db)).toBeUndefined();
  });
});
