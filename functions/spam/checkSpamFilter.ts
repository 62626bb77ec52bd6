import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { FilterInput } from './features.ts';
import type { FilterModel } from './filterModel.ts';
import { assessComment, filterStage, type Assessment, type FilterSettings } from './localFilter.ts';
import type { StageResult } from './verdict.ts';

/** The filter's judgement of one text and what the pipeline does with it ('ask-akismet': Akismet's second opinion decides). */
export interface SpamFilterCheck {
  assessment: Assessment;
  stage: StageResult | 'ask-akismet';
}

/**
 * The local spam filter as one pipeline stage, usable on its own (a new
 * comment, or an edited text checked again): brings the model up to date with
 * the database, scores the text and maps the score to a stage result.
 * Nothing leaves the machine.
 */
export async function checkSpamFilter(db: Kysely<Database>, model: FilterModel, settings: FilterSettings, input: FilterInput): Promise<SpamFilterCheck> {
  await model.refresh(db);
  const assessment = assessComment(input, model, settings);
  return { assessment, stage: filterStage(assessment, settings.mode) };
}
