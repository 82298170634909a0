import { z } from 'zod';
import { optionalText, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';
import { isoDateSchema } from '../common/calendar-date.schema';
import { conditionIndicatorIdSchema } from '../recommendations/recommendations.schema';

/** 1 (weak) to 5 (strong); null means "n.v.t." (not applicable). */
export const assessmentScoreSchema = /* @__PURE__ */ (() =>
  z
    .number({ error: v.invalidChoice })
    .int()
    .min(1, { error: v.invalidChoice })
    .max(5, { error: v.invalidChoice })
    .nullable())();
export type AssessmentScore = z.infer<typeof assessmentScoreSchema>;

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export const indicatorScoreSchema = /* @__PURE__ */ (() =>
  z.object({
    conditionId: conditionIndicatorIdSchema,
    score: assessmentScoreSchema,
    evidence: optionalText(1000),
  }))();
export type IndicatorScore = z.infer<typeof indicatorScoreSchema>;

const scoresSchema = /* @__PURE__ */ (() => z.array(indicatorScoreSchema).min(1, { error: v.atLeastOne }).max(80))();

/** Whose scores these are, and (for an admin scoring for an organisation not their own) why. */
const organisationScoresFields = /* @__PURE__ */ (() => ({
  organisationId: uuidSchema,
  breakGlassReason: optionalText(1000),
  scores: scoresSchema,
}))();

/** A new round, with the first organisation's scores. */
export const createAssessmentSchema = /* @__PURE__ */ (() =>
  z.object({
    groupId: uuidSchema,
    assessedOn: isoDateSchema,
    note: optionalText(2000),
    ...organisationScoresFields,
  }))();
export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;

/** A round's date and note, and one organisation's scores in it (the other organisations' scores stay). */
export const updateAssessmentSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    assessedOn: isoDateSchema,
    note: optionalText(2000),
    ...organisationScoresFields,
  }))();
export type UpdateAssessmentInput = z.infer<typeof updateAssessmentSchema>;

export const deleteAssessmentSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema, version: versionSchema }))();
export type DeleteAssessmentInput = z.infer<typeof deleteAssessmentSchema>;

export const assessmentIdSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema }))();
export const assessmentGroupSchema = /* @__PURE__ */ (() => z.object({ groupId: uuidSchema }))();

/** The scan of a group, for one round (default: the latest). */
export const assessmentOverviewSchema = /* @__PURE__ */ (() =>
  z.object({ groupId: uuidSchema, assessmentId: uuidSchema.optional() }))();
export type AssessmentOverviewInput = z.infer<typeof assessmentOverviewSchema>;
