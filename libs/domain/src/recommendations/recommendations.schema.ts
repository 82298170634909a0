import { isoDateSchema } from '../common/calendar-date.schema';
import { z } from 'zod';
import { classificationSchema } from '../common/classification.schema';
import { pageInputSchema } from '../common/pagination';
import { optionalText, requiredText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';
import {
  recommendationStatuses,
  recommendationLevels,
  recommendationSourceTypes,
  addresseeStates,
  evidenceKinds,
} from './recommendations.constants';
import { CONDITION_INDICATOR_PATTERN } from './recommendations.rules';

export const recommendationStatusSchema = /* @__PURE__ */ (() =>
  z.enum(recommendationStatuses, { error: v.invalidChoice }))();

export const recommendationLevelSchema = /* @__PURE__ */ (() =>
  z.enum(recommendationLevels, { error: v.invalidChoice }))();

export const recommendationSourceTypeSchema = /* @__PURE__ */ (() =>
  z.enum(recommendationSourceTypes, { error: v.invalidChoice }))();

export const addresseeStateSchema = /* @__PURE__ */ (() => z.enum(addresseeStates, { error: v.invalidChoice }))();

/** A calendar date as `YYYY-MM-DD`. */

/** Indicator ids of the conditions model, e.g. `3.1.b`. */
export const conditionIndicatorIdSchema = /* @__PURE__ */ (() =>
  textString().regex(CONDITION_INDICATOR_PATTERN, { error: 'validation.invalid' }))();

/** A filter on the conditions model: a category (`3`), sub-variable (`3.1`) or indicator (`3.1.b`). */
/** A Triad condition filter: a category, a condition or an indicator (`3`, `3.2`, `3.2.a`). */
export const CONDITION_FILTER_PATTERN = /^\d+(\.\d+(\.[a-z])?)?$/;
export const conditionFilterSchema = /* @__PURE__ */ (() =>
  textString().regex(CONDITION_FILTER_PATTERN, { error: 'validation.invalid' }))();

export const recommendationCodeSchema = /* @__PURE__ */ (() =>
  textString({ error: v.required })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9.-]{0,19}$/, { error: 'validation.invalid' }))();

const uniqueIds = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .min(1, { error: v.atLeastOne })
    .max(max)
    .transform((ids) => [...new Set(ids)]);

const recommendationFields = /* @__PURE__ */ (() => ({
  title: requiredText(200),
  description: optionalText(5000),
  sourceType: recommendationSourceTypeSchema,
  /** Free text: a paragraph, report or meeting the recommendation comes from. */
  sourceReference: optionalText(300),
  level: recommendationLevelSchema,
  conditionIds: uniqueIds(conditionIndicatorIdSchema, 20),
  addresseeOrganisationIds: uniqueIds(uuidSchema, 10),
  ownerUserId: uuidSchema.nullish().transform((id) => id ?? null),
  dueDate: isoDateSchema.nullish().transform((d) => d ?? null),
  priority: z.boolean().default(false),
  /** A legal-framework decision the recommendation waits on (legal module). */
  decisionId: uuidSchema.nullish().transform((id) => id ?? null),
  classification: classificationSchema.default('ONGERUBRICEERD'),
}))();

export const createRecommendationSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Left empty, a code is generated. */
    code: recommendationCodeSchema.nullish().transform((c) => c ?? null),
    /** Null: a management-level recommendation that belongs to no working group. */
    groupId: uuidSchema.nullish().transform((id) => id ?? null),
    ...recommendationFields,
    sourceId: uuidSchema.nullish().transform((id) => id ?? null),
    /** Opening note in the history. */
    note: optionalText(2000),
  }))();
export type CreateRecommendationInput = z.infer<typeof createRecommendationSchema>;

/**
 * What a user fills in when another module's record (an improvement action, a
 * debrief lesson) becomes a recommendation; source, group and code follow from
 * that record.
 */
export const proposedRecommendationSchema = /* @__PURE__ */ (() =>
  z.object(recommendationFields).pick({
    title: true,
    description: true,
    level: true,
    conditionIds: true,
    addresseeOrganisationIds: true,
    dueDate: true,
    priority: true,
  }))();
export type ProposedRecommendation = z.infer<typeof proposedRecommendationSchema>;

/** Input for other modules that turn one of their records into a recommendation. */
export const createRecommendationFromSourceSchema = /* @__PURE__ */ (() =>
  createRecommendationSchema.extend({
    sourceType: z.enum(
      ['exercise_evaluation', 'liaison_debrief', 'legal_decision', 'audit', 'working_group', 'other'],
      {
        error: v.invalidChoice,
      },
    ),
    sourceId: uuidSchema,
  }))();
/** The unparsed shape: callers may leave out fields that have defaults. */
export type CreateRecommendationFromSourceInput = z.input<typeof createRecommendationFromSourceSchema>;

export const updateRecommendationSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    code: recommendationCodeSchema,
    ...recommendationFields,
  }))();
export type UpdateRecommendationInput = z.infer<typeof updateRecommendationSchema>;

export const verificationEvidenceSchema = /* @__PURE__ */ (() =>
  z.object({
    kind: z.enum(evidenceKinds, { error: v.invalidChoice }),
    /** A link or identifier of the later exercise, decision or document. */
    reference: requiredText(500),
    /** The id of the record in another module, when there is one. */
    recordId: uuidSchema.nullish().transform((id) => id ?? null),
    /** When the exercise took place or the decision/document was made. */
    date: isoDateSchema,
    note: requiredText(2000),
  }))();
export type VerificationEvidence = z.infer<typeof verificationEvidenceSchema>;

export const changeRecommendationStatusSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    status: recommendationStatusSchema,
    /** Every status change carries a dated note. */
    note: requiredText(2000),
    /** Required for `niet_aanvaard` and `vervallen`. */
    reason: optionalText(1000),
    /** Required for `geverifieerd`. */
    evidence: verificationEvidenceSchema.nullish().transform((e) => e ?? null),
  }))();
export type ChangeRecommendationStatusInput = z.infer<typeof changeRecommendationStatusSchema>;

export const addRecommendationNoteSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    note: requiredText(2000),
  }))();
export type AddRecommendationNoteInput = z.infer<typeof addRecommendationNoteSchema>;

export const recordAddresseeProgressSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    organisationId: uuidSchema,
    state: addresseeStateSchema,
    note: requiredText(2000),
    /** Required when an admin records for an organisation they do not belong to (break-glass). */
    onBehalfReason: optionalText(1000),
  }))();
export type RecordAddresseeProgressInput = z.infer<typeof recordAddresseeProgressSchema>;

/** `none` selects the management-level recommendations that belong to no group. */
/** Longest search text of the register. */
export const RECOMMENDATION_SEARCH_MAX = 100;

export const recommendationGroupFilterSchema = /* @__PURE__ */ (() => z.union([uuidSchema, z.literal('none')]))();

const recommendationFilterFields = /* @__PURE__ */ (() => ({
  groupId: recommendationGroupFilterSchema.optional(),
  organisationId: uuidSchema.optional(),
  level: recommendationLevelSchema.optional(),
  condition: conditionFilterSchema.optional(),
  /** Proposed on or after this date. */
  from: isoDateSchema.optional(),
  /** Proposed on or before this date. */
  to: isoDateSchema.optional(),
}))();

export const recommendationFilterSchema = /* @__PURE__ */ (() => z.object(recommendationFilterFields))();
export type RecommendationFilter = z.infer<typeof recommendationFilterSchema>;

export const listRecommendationsSchema = /* @__PURE__ */ (() =>
  pageInputSchema.extend({
    ...recommendationFilterFields,
    status: recommendationStatusSchema.optional(),
    sourceType: recommendationSourceTypeSchema.optional(),
    /** Those waiting on this legal-framework decision. */
    decisionId: uuidSchema.optional(),
    overdue: z.boolean().optional(),
    priority: z.boolean().optional(),
    search: textString().trim().max(RECOMMENDATION_SEARCH_MAX).optional(),
  }))();
export type ListRecommendationsInput = z.infer<typeof listRecommendationsSchema>;

export const recommendationDashboardSchema = recommendationFilterSchema;
export type RecommendationDashboardInput = RecommendationFilter;

export const recommendationIdSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema }))();

/** People who may be picked as owner of a recommendation of this group (null: management level). */
export const eligibleOwnersSchema = /* @__PURE__ */ (() =>
  z.object({
    groupId: uuidSchema.nullish().transform((id) => id ?? null),
    search: textString().trim().max(100).default(''),
  }))();
export type EligibleOwnersInput = z.infer<typeof eligibleOwnersSchema>;
