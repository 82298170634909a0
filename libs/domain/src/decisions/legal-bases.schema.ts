import { z } from 'zod';
import { optionalText, requiredText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';
import { optionalDecisionDateSchema } from './decisions.schema';

// The legal-basis catalogue that decisions cite; admins maintain it.

/** `validation.invalid`: the generic key for a malformed value. */
const invalid = v.uuid;

const legalBasisCodeSchema = /* @__PURE__ */ (() =>
  textString({ error: v.required })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { error: invalid }))();

const legalBasisContentSchema = /* @__PURE__ */ (() =>
  z.object({
    law: requiredText(200),
    article: optionalText(100),
    title: requiredText(300),
    note: optionalText(2000),
    url: z
      .url({ error: invalid, protocol: /^https?$/ })
      .max(500, { error: v.tooLong })
      .nullish()
      .or(z.literal('').transform(() => null))
      .transform((value) => value ?? null),
    versionDate: optionalDecisionDateSchema,
  }))();

export const createLegalBasisSchema = /* @__PURE__ */ (() =>
  legalBasisContentSchema.extend({ code: legalBasisCodeSchema }))();
export type CreateLegalBasisInput = z.infer<typeof createLegalBasisSchema>;

export const updateLegalBasisSchema = /* @__PURE__ */ (() =>
  legalBasisContentSchema.extend({ id: uuidSchema, version: versionSchema }))();
export type UpdateLegalBasisInput = z.infer<typeof updateLegalBasisSchema>;

export const markLegalBasisChangedSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    changeNote: requiredText(1000),
  }))();
export type MarkLegalBasisChangedInput = z.infer<typeof markLegalBasisChangedSchema>;
