import { z } from 'zod';
import { classificationSchema } from '../common/classification.schema';
import { pageInputSchema } from '../common/pagination';
import { optionalText, requiredText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';
import { isoDateSchema } from '../common/calendar-date.schema';
import { placementStatuses, clearanceLevels } from './placements.constants';

export const placementStatusSchema = /* @__PURE__ */ (() => z.enum(placementStatuses, { error: v.invalidChoice }))();

export const clearanceLevelSchema = /* @__PURE__ */ (() => z.enum(clearanceLevels, { error: v.invalidChoice }))();

const optionalDateSchema = /* @__PURE__ */ (() =>
  z
    .union([isoDateSchema, z.literal('')])
    .nullish()
    .transform((value) => (value ? value : null)))();

export const accessGrantSchema = /* @__PURE__ */ (() =>
  z.object({
    system: requiredText(200),
    expiresOn: optionalDateSchema,
  }))();
export type AccessGrant = z.infer<typeof accessGrantSchema>;

/**
 * The person placed: a user account, or a named person (someone without an
 * account), who then belongs to the home organisation.
 */
export const placementPersonSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('user'), userId: uuidSchema }),
    z.object({ kind: z.literal('named'), name: requiredText(120) }),
  ]))();
export type PlacementPerson = z.infer<typeof placementPersonSchema>;

const placementFields = /* @__PURE__ */ (() => ({
  homeOrganisationId: uuidSchema,
  homeUnit: requiredText(160),
  hostOrganisationId: uuidSchema,
  hostUnit: requiredText(160),
  hostFunction: requiredText(160),
  purpose: requiredText(2000),
  learningGoals: optionalText(4000),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  hoursPerWeek: z
    .number({ error: v.required })
    .int({ error: 'validation.hoursRange' })
    .min(1, { error: 'validation.hoursRange' })
    .max(60, { error: 'validation.hoursRange' }),
  homeContact: optionalText(200),
  hostContact: optionalText(200),
  groupId: uuidSchema.nullish().transform((value) => value ?? null),
  classification: classificationSchema.default('ONGERUBRICEERD'),
  clearanceLevel: clearanceLevelSchema.default('geen'),
  clearanceExpiresOn: optionalDateSchema,
  accessGrants: z.array(accessGrantSchema).max(30).default([]),
}))();

export const proposePlacementSchema = /* @__PURE__ */ (() =>
  z.object({ person: placementPersonSchema, ...placementFields }))();
export type ProposePlacementInput = z.infer<typeof proposePlacementSchema>;

export const updatePlacementSchema = /* @__PURE__ */ (() =>
  z.object({ id: uuidSchema, version: versionSchema, ...placementFields }))();
export type UpdatePlacementInput = z.infer<typeof updatePlacementSchema>;

export const placementIdSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema }))();

export const placementActionSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema, version: versionSchema }))();
export type PlacementActionInput = z.infer<typeof placementActionSchema>;

/** One organisation's consent to a proposed placement. */
export const consentPlacementSchema = /* @__PURE__ */ (() =>
  placementActionSchema.extend({
    organisationId: uuidSchema,
    note: optionalText(2000),
    /** Required when an admin consents for an organisation they do not belong to (break-glass). */
    onBehalfReason: optionalText(1000),
  }))();
export type ConsentPlacementInput = z.infer<typeof consentPlacementSchema>;
/** Completing; the reason is needed (and kept) only when completing before the end date. */
export const completePlacementSchema = /* @__PURE__ */ (() =>
  placementActionSchema.extend({ reason: optionalText(2000) }))();
export type CompletePlacementInput = z.infer<typeof completePlacementSchema>;

export const abortPlacementSchema = /* @__PURE__ */ (() =>
  placementActionSchema.extend({ reason: requiredText(2000) }))();
export type AbortPlacementInput = z.infer<typeof abortPlacementSchema>;

export const saveDebriefSchema = /* @__PURE__ */ (() =>
  placementActionSchema.extend({
    whatWorked: optionalText(4000),
    whatDidNotWork: optionalText(4000),
    lessons: z.array(requiredText(1000)).max(20).default([]),
  }))();
export type SaveDebriefInput = z.infer<typeof saveDebriefSchema>;

/** Longest unit text the liaisons list filters on. */
export const PLACEMENT_UNIT_FILTER_MAX = 160;

export const listPlacementsSchema = /* @__PURE__ */ (() =>
  pageInputSchema.extend({
    organisationId: uuidSchema.optional(),
    unit: textString().trim().max(PLACEMENT_UNIT_FILTER_MAX).optional(),
    status: placementStatusSchema.optional(),
    groupId: uuidSchema.optional(),
    /** Period filter: placements that overlap [from, to]. */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  }))();
export type ListPlacementsInput = z.infer<typeof listPlacementsSchema>;

export const placementTimelineSchema = /* @__PURE__ */ (() =>
  z.object({
    from: isoDateSchema,
    to: isoDateSchema,
    organisationId: uuidSchema.optional(),
    status: placementStatusSchema.optional(),
  }))();
export type PlacementTimelineInput = z.infer<typeof placementTimelineSchema>;

export const placementPersonCandidatesSchema = /* @__PURE__ */ (() =>
  z.object({ search: textString().trim().max(100).default('') }))();
