import { z } from 'zod';
import { optionalText, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';
import { injectFieldsSchema } from './exercises.schema';

/**
 * Where an inject stands on the exercise day: still planned, delivered (with
 * the actual time and who, set by the server), delayed, or skipped (with a reason).
 */
export const injectDeliveryStatuses = ['planned', 'delivered', 'delayed', 'skipped'] as const;
export type InjectDeliveryStatus = (typeof injectDeliveryStatuses)[number];
export const injectDeliveryStatusSchema = /* @__PURE__ */ (() =>
  z.enum(injectDeliveryStatuses, { error: v.invalidChoice }))();

export const setInjectDeliverySchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    status: injectDeliveryStatusSchema,
    /** Required when skipping; optional when delaying. */
    reason: optionalText(2000),
  }))();
export type SetInjectDeliveryInput = z.infer<typeof setInjectDeliverySchema>;

/** An inject added on the day: delivered at once; its offset is the time since the start unless given. */
export const addAdHocInjectSchema = /* @__PURE__ */ (() =>
  injectFieldsSchema.extend({
    exerciseId: uuidSchema,
    offsetMinutes: injectFieldsSchema.shape.offsetMinutes.nullable().default(null),
  }))();
export type AddAdHocInjectInput = z.infer<typeof addAdHocInjectSchema>;
