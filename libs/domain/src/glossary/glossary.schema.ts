import { z } from 'zod';
import { classificationSchema } from '../common/classification.schema';
import { pageInputSchema } from '../common/pagination';
import { optionalText, requiredText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';
import {
  glossaryTermStatuses,
  glossaryRelationKinds,
  glossaryCommentKinds,
  manualGlossaryStatuses,
} from './glossary.constants';
import { normalizeForComparison } from './glossary.rules';

export const glossaryTermStatusSchema = /* @__PURE__ */ (() =>
  z.enum(glossaryTermStatuses, { error: v.invalidChoice }))();

export const glossaryRelationKindSchema = /* @__PURE__ */ (() =>
  z.enum(glossaryRelationKinds, { error: v.invalidChoice }))();

const labelSchema = /* @__PURE__ */ (() =>
  textString().trim().min(1, { error: v.required }).max(200, { error: v.tooLong }))();

/** Alternative labels: trimmed, empty entries dropped, duplicates (ignoring case and accents) removed. */
const labelListSchema = /* @__PURE__ */ (() =>
  z
    .array(textString().trim().max(200, { error: v.tooLong }))
    .max(30, { error: v.tooLong })
    .default([])
    .transform((labels) => {
      const seen = new Set<string>();
      const result: string[] = [];
      for (const label of labels) {
        const key = normalizeForComparison(label);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        result.push(label);
      }
      return result;
    }))();

const isoDateSchema = /* @__PURE__ */ (() =>
  z.iso
    .date({ error: v.uuid })
    .nullish()
    .transform((value) => value ?? null))();

export const glossaryDefinitionInputSchema = /* @__PURE__ */ (() =>
  z.object({
    organisationId: uuidSchema,
    text: requiredText(5000),
    /** Document, law article or URL the definition comes from. */
    source: optionalText(1000),
    /** Plain-language explanation (optional). */
    explanation: optionalText(3000),
    example: optionalText(2000),
  }))();
export type GlossaryDefinitionInput = z.infer<typeof glossaryDefinitionInputSchema>;

export const glossaryRelationInputSchema = /* @__PURE__ */ (() =>
  z.object({
    kind: glossaryRelationKindSchema,
    termId: uuidSchema,
  }))();
export type GlossaryRelationInput = z.infer<typeof glossaryRelationInputSchema>;

const glossaryTermContentSchema = /* @__PURE__ */ (() =>
  z.object({
    prefLabel: requiredText(200),
    abbreviations: labelListSchema,
    synonyms: labelListSchema,
    hiddenLabels: labelListSchema,
    definitions: z
      .array(glossaryDefinitionInputSchema)
      .max(10, { error: v.tooLong })
      .default([])
      .refine((defs) => new Set(defs.map((d) => d.organisationId)).size === defs.length, {
        error: v.uuid,
      }),
    jointDefinition: optionalText(5000),
    jointDefinitionSource: optionalText(1000),
    scopeNote: optionalText(5000),
    divergent: z.boolean().default(false),
    /** Why the different meanings can cause confusion; shown with the warning. */
    divergenceNote: optionalText(2000),
    relations: z.array(glossaryRelationInputSchema).max(50, { error: v.tooLong }).default([]),
    validFrom: isoDateSchema,
    validUntil: isoDateSchema,
    reviewDate: isoDateSchema,
    classification: classificationSchema.default('ONGERUBRICEERD'),
  }))();

export const createGlossaryTermSchema = /* @__PURE__ */ (() =>
  glossaryTermContentSchema.extend({
    maintainingGroupId: uuidSchema,
  }))();
export type CreateGlossaryTermInput = z.infer<typeof createGlossaryTermSchema>;

export const updateGlossaryTermSchema = /* @__PURE__ */ (() =>
  glossaryTermContentSchema.extend({
    id: uuidSchema,
    version: versionSchema,
    maintainingGroupId: uuidSchema,
  }))();
export type UpdateGlossaryTermInput = z.infer<typeof updateGlossaryTermSchema>;

/** The content fields a term holds, as rules compare them. */
export type GlossaryTermContent = z.infer<typeof glossaryTermContentSchema>;

export const changeGlossaryTermStatusSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    status: z.enum(manualGlossaryStatuses, { error: v.invalidChoice }),
    replacedById: uuidSchema.nullish().transform((value) => value ?? null),
  }))();
export type ChangeGlossaryTermStatusInput = z.infer<typeof changeGlossaryTermStatusSchema>;

export const approveGlossaryTermSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema, version: versionSchema }))();
export type ApproveGlossaryTermInput = z.infer<typeof approveGlossaryTermSchema>;

export const glossaryTermIdSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema }))();

export const listGlossaryTermsSchema = /* @__PURE__ */ (() =>
  pageInputSchema.extend({
    search: textString().trim().max(200).optional(),
    organisationId: uuidSchema.optional(),
    status: glossaryTermStatusSchema.optional(),
    divergent: z.boolean().optional(),
    groupId: uuidSchema.optional(),
    /** A–Z browse: the first letter of the preferred term (accents ignored); '#' for anything else. */
    letter: textString()
      .regex(/^([a-z]|#)$/i)
      .transform((l) => l.toLowerCase())
      .optional(),
    /** Retired terms (vervangen, vervallen) are hidden unless asked for or filtered by status. */
    includeRetired: z.boolean().default(false),
    /** The organisation lens: its definition comes first in each term's preview. */
    lensOrganisationId: uuidSchema.optional(),
  }))();
export type ListGlossaryTermsInput = z.infer<typeof listGlossaryTermsSchema>;

export const findGlossaryTermsInTextsSchema = /* @__PURE__ */ (() =>
  z.object({
    texts: z.array(textString().max(50_000)).min(1).max(50),
  }))();
export type FindGlossaryTermsInTextsInput = z.infer<typeof findGlossaryTermsInTextsSchema>;

export const addGlossaryCommentSchema = /* @__PURE__ */ (() =>
  z.object({
    termId: uuidSchema,
    kind: z.enum(glossaryCommentKinds, { error: v.invalidChoice }).default('comment'),
    body: requiredText(5000),
  }))();
export type AddGlossaryCommentInput = z.infer<typeof addGlossaryCommentSchema>;

export const resolveGlossaryCommentSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    status: z.enum(['verwerkt', 'afgewezen'], { error: v.invalidChoice }),
  }))();
export type ResolveGlossaryCommentInput = z.infer<typeof resolveGlossaryCommentSchema>;

/** Escalates a comment or change proposal into a concept decision of the term's maintaining group. */
export const escalateGlossaryCommentSchema = /* @__PURE__ */ (() =>
  z.object({
    commentId: uuidSchema,
    question: requiredText(500),
  }))();
export type EscalateGlossaryCommentInput = z.infer<typeof escalateGlossaryCommentSchema>;

export const exportGlossarySchema = /* @__PURE__ */ (() =>
  z.object({
    format: z.enum(['turtle', 'jsonld', 'csv', 'xlsx']),
    includeRetired: z.boolean().default(true),
  }))();
export type ExportGlossaryInput = z.infer<typeof exportGlossarySchema>;

export const importGlossaryCsvSchema = /* @__PURE__ */ (() =>
  z.object({
    maintainingGroupId: uuidSchema,
    csv: textString().min(1, { error: v.required }).max(2_000_000, { error: v.tooLong }),
    /** true: validate and report per row, store nothing. */
    dryRun: z.boolean().default(true),
  }))();
export type ImportGlossaryCsvInput = z.infer<typeof importGlossaryCsvSchema>;

export { labelSchema as glossaryLabelSchema };
