import { z } from 'zod';
import { classificationSchema } from '../common/classification.schema';
import { pageInputSchema } from '../common/pagination';
import { optionalText, requiredText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';
import { scenarioStatuses, threatTypes, cooperationLevelCodes } from './scenarios.constants';

export const scenarioStatusSchema = /* @__PURE__ */ (() => z.enum(scenarioStatuses, { error: v.invalidChoice }))();

export const threatTypeSchema = /* @__PURE__ */ (() => z.enum(threatTypes, { error: v.invalidChoice }))();

export const cooperationLevelSchema = /* @__PURE__ */ (() =>
  z.enum(cooperationLevelCodes, { error: v.invalidChoice }))();

/** A Triad condition id from the conditions framework ("1", "2.3", "2.3.c"). */
export const conditionIdSchema = /* @__PURE__ */ (() =>
  textString({ error: v.required })
    .trim()
    .regex(/^\d(\.\d(\.[a-z])?)?$/, { error: v.invalidChoice }))();

/** How one organisation would approach the scenario's problem. */
export const perspectiveSchema = /* @__PURE__ */ (() =>
  z.object({
    organisationId: uuidSchema,
    mandate: optionalText(4000),
    capabilities: optionalText(4000),
    needsFromOther: optionalText(4000),
    chainOfCommand: optionalText(4000),
    expectedActions: optionalText(4000),
  }))();
export type PerspectiveInput = z.infer<typeof perspectiveSchema>;

const scenarioFields = /* @__PURE__ */ (() => ({
  title: requiredText(200),
  problemStatement: requiredText(8000),
  threatType: threatTypeSchema,
  cooperationLevel: cooperationLevelSchema,
  classification: classificationSchema.default('ONGERUBRICEERD'),
  perspectives: z
    .array(perspectiveSchema)
    .max(10)
    .default([])
    .refine((items) => new Set(items.map((p) => p.organisationId)).size === items.length, { error: v.invalidChoice }),
  legalBasisIds: z
    .array(uuidSchema)
    .max(50)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  conditionIds: z
    .array(conditionIdSchema)
    .max(100)
    .default([])
    .transform((ids) => [...new Set(ids)]),
}))();

export const createScenarioSchema = /* @__PURE__ */ (() => z.object({ groupId: uuidSchema, ...scenarioFields }))();
export type CreateScenarioInput = z.infer<typeof createScenarioSchema>;

export const updateScenarioSchema = /* @__PURE__ */ (() =>
  z.object({ id: uuidSchema, version: versionSchema, ...scenarioFields }))();
export type UpdateScenarioInput = z.infer<typeof updateScenarioSchema>;

export const changeScenarioStatusSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    status: scenarioStatusSchema,
  }))();
export type ChangeScenarioStatusInput = z.infer<typeof changeScenarioStatusSchema>;

export const deleteScenarioSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema, version: versionSchema }))();
export type DeleteScenarioInput = z.infer<typeof deleteScenarioSchema>;

export const listScenariosSchema = /* @__PURE__ */ (() =>
  pageInputSchema.extend({
    /** Without a group: every scenario in the groups the caller may read. */
    groupId: uuidSchema.optional(),
    status: scenarioStatusSchema.optional(),
  }))();
export type ListScenariosInput = z.infer<typeof listScenariosSchema>;

export const scenarioIdSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema }))();
