/**
 * The background's side of learning from the owner: it is the only place that learns. After a
 * verdict is added or removed it learns again from every kept verdict and stores the result, so a
 * service worker that was stopped finds it in the database. The background classifies the tabs'
 * new messages with it (candidates:classify). Learned again, too, when the classifier settings
 * changed since (the shipped classifier's answers on the verdicts depend on them).
 */
import { classify } from '../classifier/index';
import type { ClassifierConfig } from '../classifier/types';
import type { RadarDb } from '../db/schema';
import { loadLearning, saveLearning, verdictsToLearn } from '../db/verdicts';
import { learnFromVerdicts } from '../learning/learn';
import { featureId } from '../learning/features';
import { EMPTY_ADAPTATION, type Adaptation } from '../learning/types';
import type { Settings } from '../settings/types';
import { toClassifierConfig } from '../settings/validate';

export function configKey(config: ClassifierConfig): string {
  return featureId(JSON.stringify(config)).toString(36);
}

/** Learns from every kept verdict and stores the result. */
export async function relearn(db: RadarDb, settings: Settings, now: number): Promise<Adaptation> {
  const config = toClassifierConfig(settings);
  const verdicts = await verdictsToLearn(db);
  const adaptation = learnFromVerdicts(verdicts, classify, config);
  await saveLearning(db, adaptation, configKey(config), now);
  return adaptation;
}

/** What the tabs' messages are classified with: the stored adaptation, learned again if the settings changed. */
export async function currentAdaptation(
  db: RadarDb,
  settings: Settings,
  now: number,
): Promise<Adaptation> {
  const row = await loadLearning(db);
  if (row && row.configKey === configKey(toClassifierConfig(settings))) return row.adaptation;
  if (!row && (await db.verdicts.count()) === 0) return EMPTY_ADAPTATION;
  return relearn(db, settings, now);
}
