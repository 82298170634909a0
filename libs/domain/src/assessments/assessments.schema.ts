import { z } from 'zod';
import { optionalText, uuidSchema, v, versionSchema } from '../common/validation';
import { isoDateSchema } from '../common/calendar-date';
import { conditionIndicatorIdSchema } from '../recommendations/recommendations.schema';

/** 1 (weak) to 5 (strong); null means "n.v.t." (not applicable). */
export const assessmentScoreSchema = z
  .number({ error: v.invalidChoice })
  .int()
  .min(1, { error: v.invalidChoice })
  .max(5, { error: v.invalidChoice })
  .nullable();
export type AssessmentScore = z.infer<typeof assessmentScoreSchema>;

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export const indicatorScoreSchema = z.object({
  conditionId: conditionIndicatorIdSchema,
  score: assessmentScoreSchema,
  evidence: optionalText(1000),
});
export type IndicatorScore = z.infer<typeof indicatorScoreSchema>;

const scoresSchema = z.array(indicatorScoreSchema).min(1, { error: v.atLeastOne }).max(80);

export const createAssessmentSchema = z.object({
  groupId: uuidSchema,
  assessedOn: isoDateSchema,
  note: optionalText(2000),
  scores: scoresSchema,
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;

export const updateAssessmentSchema = z.object({
  id: uuidSchema,
  version: versionSchema,
  assessedOn: isoDateSchema,
  note: optionalText(2000),
  scores: scoresSchema,
});
export type UpdateAssessmentInput = z.infer<typeof updateAssessmentSchema>;

export const deleteAssessmentSchema = z.object({ id: uuidSchema, version: versionSchema });
export type DeleteAssessmentInput = z.infer<typeof deleteAssessmentSchema>;

export const assessmentIdSchema = z.object({ id: uuidSchema });
export const assessmentGroupSchema = z.object({ groupId: uuidSchema });
