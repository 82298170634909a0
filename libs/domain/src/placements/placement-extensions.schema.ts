import { z } from 'zod';
import { optionalText, requiredText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';
import { isoDateSchema } from '../common/calendar-date.schema';
import { placementActionSchema } from './placements.schema';

export const extensionStatuses = ['aangevraagd', 'goedgekeurd', 'afgewezen'] as const;
export type ExtensionStatus = (typeof extensionStatuses)[number];

export const requestExtensionSchema = /* @__PURE__ */ (() =>
  placementActionSchema.extend({
    newEndDate: isoDateSchema,
    rationale: requiredText(2000),
    /** Only an admin may file a late request, and must say why. */
    overrideReason: textString()
      .trim()
      .max(2000, { error: v.tooLong })
      .nullish()
      .transform((value) => (value ? value : null)),
  }))();
export type RequestExtensionInput = z.infer<typeof requestExtensionSchema>;

/** One organisation's decision on a request: its consent, or a refusal (which rejects the request). */
export const decideExtensionSchema = /* @__PURE__ */ (() =>
  z.object({
    extensionId: uuidSchema,
    version: versionSchema,
    /** The organisation (home or host) this decision speaks for. */
    organisationId: uuidSchema,
    approve: z.boolean(),
    note: optionalText(2000),
    /** Required when an admin decides for an organisation they do not belong to (break-glass). */
    onBehalfReason: optionalText(1000),
  }))();
export type DecideExtensionInput = z.infer<typeof decideExtensionSchema>;
