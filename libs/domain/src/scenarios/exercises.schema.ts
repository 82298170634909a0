import { z } from 'zod';
import { instantSchema, isoDateSchema } from '../common/calendar-date.schema';
import { pageInputSchema } from '../common/pagination';
import { optionalText, requiredText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';
import { proposedRecommendationSchema } from '../recommendations/recommendations.schema';
import { conditionIdSchema } from './scenarios.schema';
import {
  exerciseTypes,
  exerciseStatuses,
  ratings,
  observationKinds,
  maxInjectOffsetMinutes,
} from './exercises.constants';

export const exerciseTypeSchema = /* @__PURE__ */ (() => z.enum(exerciseTypes, { error: v.invalidChoice }))();

export const exerciseStatusSchema = /* @__PURE__ */ (() => z.enum(exerciseStatuses, { error: v.invalidChoice }))();

export const ratingSchema = /* @__PURE__ */ (() => z.enum(ratings, { error: v.invalidChoice }))();

export const observationKindSchema = /* @__PURE__ */ (() => z.enum(observationKinds, { error: v.invalidChoice }))();

const dateSchema = instantSchema;

export const objectiveInputSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Present for an existing objective; absent for a new one. */
    id: uuidSchema.optional(),
    description: requiredText(1000),
    conditionIds: z
      .array(conditionIdSchema)
      .max(20)
      .default([])
      .transform((ids) => [...new Set(ids)]),
  }))();
export type ObjectiveInput = z.infer<typeof objectiveInputSchema>;

const exerciseFields = /* @__PURE__ */ (() => ({
  title: requiredText(200),
  type: exerciseTypeSchema,
  startsAt: dateSchema,
  endsAt: dateSchema,
  location: optionalText(300),
  /** Expected number of participants per organisation. */
  participantCounts: z
    .array(z.object({ organisationId: uuidSchema, count: z.number({ error: v.required }).int().min(0).max(100000) }))
    .max(20)
    .default([]),
  /** Named participants (group members). */
  participantUserIds: z
    .array(uuidSchema)
    .max(500)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  /** The planning team (group members). */
  plannerUserIds: z
    .array(uuidSchema)
    .max(100)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  objectives: z.array(objectiveInputSchema).max(50).default([]),
}))();

export const createExerciseSchema = /* @__PURE__ */ (() => z.object({ scenarioId: uuidSchema, ...exerciseFields }))();
export type CreateExerciseInput = z.infer<typeof createExerciseSchema>;

export const updateExerciseSchema = /* @__PURE__ */ (() =>
  z.object({ id: uuidSchema, version: versionSchema, ...exerciseFields }))();
export type UpdateExerciseInput = z.infer<typeof updateExerciseSchema>;

export const changeExerciseStatusSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    status: exerciseStatusSchema,
    cancellationReason: optionalText(2000),
  }))();
export type ChangeExerciseStatusInput = z.infer<typeof changeExerciseStatusSchema>;

export const listExercisesSchema = /* @__PURE__ */ (() =>
  pageInputSchema.extend({
    groupId: uuidSchema.optional(),
    scenarioId: uuidSchema.optional(),
    status: exerciseStatusSchema.optional(),
    /** Calendar window: exercises that overlap [from, to). */
    from: instantSchema.optional(),
    to: instantSchema.optional(),
  }))();
export type ListExercisesInput = z.infer<typeof listExercisesSchema>;

export const exerciseIdSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema }))();
export const groupCalendarSchema = /* @__PURE__ */ (() => z.object({ groupId: uuidSchema }))();

/** One event of the master scenario events list (MSEL). */
export const injectFieldsSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Minutes after the start of the exercise. */
    offsetMinutes: z.number({ error: v.required }).int().min(0).max(maxInjectOffsetMinutes),
    fromParty: requiredText(200),
    toParty: requiredText(200),
    message: requiredText(4000),
    expectedAction: optionalText(4000),
    responsibleOrganisationId: uuidSchema.nullable().default(null),
    legalBasisId: uuidSchema.nullable().default(null),
  }))();
export type InjectFields = z.infer<typeof injectFieldsSchema>;

export const addInjectSchema = /* @__PURE__ */ (() => injectFieldsSchema.extend({ exerciseId: uuidSchema }))();
export type AddInjectInput = z.infer<typeof addInjectSchema>;

export const updateInjectSchema = /* @__PURE__ */ (() =>
  injectFieldsSchema.extend({ id: uuidSchema, version: versionSchema }))();
export type UpdateInjectInput = z.infer<typeof updateInjectSchema>;

export const removeByIdSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema, version: versionSchema }))();
export type RemoveByIdInput = z.infer<typeof removeByIdSchema>;

export const reorderInjectsSchema = /* @__PURE__ */ (() =>
  z.object({
    exerciseId: uuidSchema,
    /** The exercise's version as read: reordering bumps it, so two reorders cannot cross. */
    version: versionSchema,
    injectIds: z.array(uuidSchema).min(1).max(1000),
  }))();
export type ReorderInjectsInput = z.infer<typeof reorderInjectsSchema>;

export const importInjectsSchema = /* @__PURE__ */ (() =>
  z.object({
    exerciseId: uuidSchema,
    csv: textString().max(500_000, { error: v.tooLong }),
  }))();
export type ImportInjectsInput = z.infer<typeof importInjectsSchema>;

export const observationFieldsSchema = /* @__PURE__ */ (() =>
  z.object({
    text: requiredText(4000),
    rating: ratingSchema,
    kind: observationKindSchema,
    /** The Triad indicator; optional on the day, chosen later in the evaluation. */
    conditionId: conditionIdSchema.nullable().default(null),
    objectiveId: uuidSchema.nullable().default(null),
    /** The inject it was seen after (the conduct view links the current one). */
    injectId: uuidSchema.nullable().default(null),
  }))();
export type ObservationFields = z.infer<typeof observationFieldsSchema>;

export const addObservationSchema = /* @__PURE__ */ (() =>
  observationFieldsSchema.extend({ exerciseId: uuidSchema }))();
export type AddObservationInput = z.infer<typeof addObservationSchema>;

export const updateObservationSchema = /* @__PURE__ */ (() =>
  observationFieldsSchema.extend({ id: uuidSchema, version: versionSchema }))();
export type UpdateObservationInput = z.infer<typeof updateObservationSchema>;

/** Completes an observation saved without a Triad indicator (or changes its indicator). */
export const setObservationIndicatorSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    conditionId: conditionIdSchema,
  }))();
export type SetObservationIndicatorInput = z.infer<typeof setObservationIndicatorSchema>;

const isoDate = isoDateSchema;

export const improvementActionFieldsSchema = /* @__PURE__ */ (() =>
  z.object({
    action: requiredText(2000),
    owner: requiredText(200),
    ownerOrganisationId: uuidSchema.nullable().default(null),
    dueDate: isoDate.nullable().default(null),
  }))();
export type ImprovementActionFields = z.infer<typeof improvementActionFieldsSchema>;

export const addImprovementActionSchema = /* @__PURE__ */ (() =>
  improvementActionFieldsSchema.extend({ observationId: uuidSchema }))();
export type AddImprovementActionInput = z.infer<typeof addImprovementActionSchema>;

export const updateImprovementActionSchema = /* @__PURE__ */ (() =>
  improvementActionFieldsSchema.extend({
    id: uuidSchema,
    version: versionSchema,
  }))();
export type UpdateImprovementActionInput = z.infer<typeof updateImprovementActionSchema>;

/** Turns an improvement action into a recommendation in the register. */
export const recommendImprovementActionSchema = /* @__PURE__ */ (() =>
  proposedRecommendationSchema.extend({
    actionId: uuidSchema,
    version: versionSchema,
  }))();
export type RecommendImprovementActionInput = z.infer<typeof recommendImprovementActionSchema>;

/** Turns an observation itself (a strength to keep or an area for improvement) into a recommendation in the register. */
export const recommendObservationSchema = /* @__PURE__ */ (() =>
  proposedRecommendationSchema.extend({
    observationId: uuidSchema,
    version: versionSchema,
  }))();
export type RecommendObservationInput = z.infer<typeof recommendObservationSchema>;
