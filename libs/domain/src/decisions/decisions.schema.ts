import { z } from 'zod';
import { classificationSchema } from '../common/classification.schema';
import { pageInputSchema } from '../common/pagination';
import { optionalText, requiredText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';
import {
  decisionOutcomes,
  decisionStatuses,
  decisionLevels,
  sharingVerdicts,
  requestableDecisionStatuses,
} from './decisions.constants';

export const decisionOutcomeSchema = /* @__PURE__ */ (() => z.enum(decisionOutcomes, { error: v.invalidChoice }))();

export const decisionStatusSchema = /* @__PURE__ */ (() => z.enum(decisionStatuses, { error: v.invalidChoice }))();

export const decisionLevelSchema = /* @__PURE__ */ (() => z.enum(decisionLevels, { error: v.invalidChoice }))();

export const sharingVerdictSchema = /* @__PURE__ */ (() => z.enum(sharingVerdicts, { error: v.invalidChoice }))();

/** `validation.invalid`: the generic key for a malformed value. */
const invalid = v.uuid;

/** An optional calendar date (`2026-03-01`); empty is null. Decisions, test links and legal bases share it. */
export const optionalDecisionDateSchema = /* @__PURE__ */ (() =>
  z.iso
    .date({ error: invalid })
    .nullish()
    .transform((value) => value ?? null))();

export const decisionOptionSchema = /* @__PURE__ */ (() =>
  z.object({
    title: requiredText(200),
    pros: optionalText(2000),
    cons: optionalText(2000),
  }))();
export type DecisionOption = z.infer<typeof decisionOptionSchema>;

/** A condition: one of the reference conditions (by code) or a free text. */
export const decisionConditionSchema = /* @__PURE__ */ (() =>
  z.object({
    code: textString()
      .trim()
      .max(60)
      .nullish()
      .transform((value) => value || null),
    text: requiredText(1000),
  }))();
export type DecisionCondition = z.infer<typeof decisionConditionSchema>;

export const sharingRuleSchema = /* @__PURE__ */ (() =>
  z.object({
    dataCategory: requiredText(200),
    fromOrganisationId: uuidSchema,
    toOrganisationId: uuidSchema,
    legalGround: optionalText(500),
    conditions: optionalText(2000),
    consentFrom: optionalText(300),
    verdict: sharingVerdictSchema,
  }))();
export type SharingRuleInput = z.infer<typeof sharingRuleSchema>;

const tagsSchema = /* @__PURE__ */ (() =>
  z
    .array(textString().trim().min(1, { error: v.required }).max(40, { error: v.tooLong }))
    .max(20)
    .default([])
    .transform((tags) => [...new Set(tags.map((tag) => tag.toLowerCase()))]))();

/** What the decision means for one organisation, where that differs from the joint consequences. */
export const organisationConsequenceSchema = /* @__PURE__ */ (() =>
  z.object({
    organisationId: uuidSchema,
    text: requiredText(5000),
  }))();
export type OrganisationConsequenceInput = z.infer<typeof organisationConsequenceSchema>;

const decisionContentSchema = /* @__PURE__ */ (() =>
  z.object({
    question: requiredText(500),
    context: optionalText(10000),
    cooperationLevel: requiredText(40),
    topic: requiredText(120),
    tags: tagsSchema,
    options: z.array(decisionOptionSchema).max(10).default([]),
    outcome: decisionOutcomeSchema,
    conditions: z.array(decisionConditionSchema).max(20).default([]),
    legalBasisIds: z
      .array(uuidSchema)
      .max(20)
      .default([])
      .transform((ids) => [...new Set(ids)]),
    sharingRules: z.array(sharingRuleSchema).max(20).default([]),
    /** Gevolgen: what the decision means in practice, for all concerned. */
    consequences: optionalText(5000),
    /** Per organisation, only where its consequences differ from the joint text. */
    organisationConsequences: z.array(organisationConsequenceSchema).max(10).default([]),
    /** The organisations the decision concerns: each must sign off. */
    organisationIds: z
      .array(uuidSchema)
      .min(1, { error: v.atLeastOne })
      .max(10)
      .transform((ids) => [...new Set(ids)]),
    decisionLevel: decisionLevelSchema.nullish().transform((value) => value ?? null),
    decidedBy: optionalText(300),
    decisionDate: optionalDecisionDateSchema,
    reviewDate: optionalDecisionDateSchema,
    classification: classificationSchema.default('ONGERUBRICEERD'),
  }))();

export const createDecisionSchema = /* @__PURE__ */ (() =>
  decisionContentSchema.extend({
    groupId: uuidSchema,
    /** The decision this one will replace once it is vastgesteld. */
    supersedesId: uuidSchema.nullish().transform((value) => value ?? null),
  }))();
export type CreateDecisionInput = z.infer<typeof createDecisionSchema>;

export const updateDecisionSchema = /* @__PURE__ */ (() =>
  decisionContentSchema.extend({
    id: uuidSchema,
    version: versionSchema,
  }))();
export type UpdateDecisionInput = z.infer<typeof updateDecisionSchema>;

export const changeDecisionStatusSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    status: z.enum(requestableDecisionStatuses, { error: v.invalidChoice }),
    /** Required when withdrawing. */
    reason: optionalText(2000),
  }))();
export type ChangeDecisionStatusInput = z.infer<typeof changeDecisionStatusSchema>;

export const decisionVersionRefSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema, version: versionSchema }))();
export type DecisionVersionRef = z.infer<typeof decisionVersionRefSchema>;

export const decisionIdSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema }))();

export const decisionFiltersSchema = /* @__PURE__ */ (() =>
  z.object({
    groupId: uuidSchema.optional(),
    outcome: decisionOutcomeSchema.optional(),
    status: decisionStatusSchema.optional(),
    legalBasisId: uuidSchema.optional(),
    tag: textString().trim().toLowerCase().max(40).optional(),
    cooperationLevel: textString().trim().max(40).optional(),
    reviewNeeded: z.boolean().optional(),
  }))();
export type DecisionFilters = z.infer<typeof decisionFiltersSchema>;

export const listDecisionsSchema = /* @__PURE__ */ (() => pageInputSchema.extend(decisionFiltersSchema.shape))();
export type ListDecisionsInput = z.infer<typeof listDecisionsSchema>;
