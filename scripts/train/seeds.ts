/**
 * Training-only messages we wrote ourselves (scripts/train/seeds/<lang>.ts), for what no
 * permissive public source covers well in all three languages: shop-chat complaints (late,
 * missing, broken, wrong, charged twice, refund not received, no answer; polite, indirect and
 * sarcastic), requests for a person, distress, big or business orders, and routine messages that
 * must stay routine (hours, prices, stock, calm delivery questions, thanks, "is this a bot?").
 * They were written from the category definitions, not from any data set's messages.
 *
 * They always join the training rows, except when our own corpus is held out (that fold is
 * trained on other people's data only), and they are never scored: they are our writing, not a
 * test of it.
 */
import type { ModelCategory } from '../../lib/classifier/model';
import type { Category } from '../../lib/classifier/types';
import { EN } from './seeds/en';
import { ES } from './seeds/es';
import { PT } from './seeds/pt';
import type { SourceLang, SourceRow } from './sources';

export const SEED_SOURCE = 'own-seeds';

/** One language's seed messages: per model category, and `none` for routine messages. */
export type SeedSet = Partial<Record<ModelCategory | 'none', readonly string[]>>;

export const SEEDS: Readonly<Record<SourceLang, SeedSet>> = { en: EN, pt: PT, es: ES };

export function seedRows(): SourceRow[] {
  const out: SourceRow[] = [];
  for (const lang of ['en', 'pt', 'es'] as const)
    for (const [cat, texts] of Object.entries(SEEDS[lang]))
      for (const text of texts)
        out.push({
          source: SEED_SOURCE,
          lang,
          text,
          labels: cat === 'none' ? [] : [cat as Category],
        });
  return out;
}
