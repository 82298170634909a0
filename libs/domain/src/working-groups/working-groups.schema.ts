import { z } from 'zod';
import { classificationSchema } from '../common/classification.schema';
import { pageInputSchema } from '../common/pagination';
import { optionalText, requiredText, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';

export const workingGroupStatuses = ['actief', 'afgerond', 'gearchiveerd'] as const;
export type WorkingGroupStatus = (typeof workingGroupStatuses)[number];
export const workingGroupStatusSchema = /* @__PURE__ */ (() =>
  z.enum(workingGroupStatuses, { error: v.invalidChoice }))();

const organisationIdsSchema = /* @__PURE__ */ (() =>
  z
    .array(uuidSchema)
    .min(1, { error: v.atLeastOne })
    .max(20)
    .transform((ids) => [...new Set(ids)]))();

export const createWorkingGroupSchema = /* @__PURE__ */ (() =>
  z.object({
    name: requiredText(120),
    theme: requiredText(300),
    description: optionalText(5000),
    organisationIds: organisationIdsSchema,
    classification: classificationSchema.default('ONGERUBRICEERD'),
    /** The first chair; defaults to the creator when they are to chair it themselves. */
    chairUserId: uuidSchema,
  }))();
export type CreateWorkingGroupInput = z.infer<typeof createWorkingGroupSchema>;

export const updateWorkingGroupSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    name: requiredText(120),
    theme: requiredText(300),
    description: optionalText(5000),
    organisationIds: organisationIdsSchema,
    classification: classificationSchema,
  }))();
export type UpdateWorkingGroupInput = z.infer<typeof updateWorkingGroupSchema>;

export const changeWorkingGroupStatusSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    status: workingGroupStatusSchema,
  }))();
export type ChangeWorkingGroupStatusInput = z.infer<typeof changeWorkingGroupStatusSchema>;

export const listWorkingGroupsSchema = /* @__PURE__ */ (() =>
  pageInputSchema.extend({
    /** `mine`: groups the caller belongs to; `all`: every group the caller may read. */
    scope: z.enum(['mine', 'all']).default('mine'),
    status: workingGroupStatusSchema.optional(),
  }))();
export type ListWorkingGroupsInput = z.infer<typeof listWorkingGroupsSchema>;

export const workingGroupIdSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema }))();
