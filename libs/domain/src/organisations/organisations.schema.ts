import { z } from 'zod';
import { requiredText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';

export const organisationCodeSchema = /* @__PURE__ */ (() =>
  textString({ error: v.required })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]{1,29}$/, { error: 'validation.organisationCode' }))();

export const createOrganisationSchema = /* @__PURE__ */ (() =>
  z.object({
    code: organisationCodeSchema,
    name: requiredText(120),
    parentCode: organisationCodeSchema.nullish(),
  }))();
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

export const updateOrganisationSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    name: requiredText(120),
  }))();
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;
