import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../users/users.schema';
import { textString, uuidSchema } from '../common/validation';
import { v } from '../common/validation.rules';

/** A TOTP code (six digits, spaces allowed as typed from an app) or a recovery code (`xxxxx-xxxxx`). */
export const secondFactorCodeSchema = /* @__PURE__ */ (() =>
  z.object({
    kind: z.enum(['totp', 'recovery'], { error: 'validation.invalidChoice' }),
    code: textString({ error: v.required })
      .transform((value) => value.replace(/\s+/g, ''))
      .pipe(z.string().min(1, { error: v.required }).max(32, { error: v.tooLong })),
  }))();
export type SecondFactorCodeInput = z.infer<typeof secondFactorCodeSchema>;

/** Confirming the enrolment: the first code from the app. */
export const confirmTotpSchema = /* @__PURE__ */ (() =>
  z.object({
    code: textString({ error: v.required })
      .transform((value) => value.replace(/\s+/g, ''))
      .pipe(z.string().regex(/^\d{6}$/, { error: 'validation.totpCode' })),
  }))();
export type ConfirmTotpInput = z.infer<typeof confirmTotpSchema>;

/** Steps that need the password again: starting enrolment, new recovery codes, switching off. */
export const mfaPasswordSchema = /* @__PURE__ */ (() =>
  z.object({
    password: textString({ error: v.required })
      .min(1, { error: v.required })
      .max(PASSWORD_MAX_LENGTH, { error: v.tooLong }),
  }))();
export type MfaPasswordInput = z.infer<typeof mfaPasswordSchema>;

/**
 * What the API takes for those steps: the password, or nothing from a person who
 * has none (`secondFactorProof` decides; someone with a password must give it).
 */
export const mfaProofSchema = /* @__PURE__ */ (() =>
  z.object({
    password: textString({ error: v.required })
      .min(1, { error: v.required })
      .max(PASSWORD_MAX_LENGTH, { error: v.tooLong })
      .optional(),
  }))();
export type MfaProofInput = z.infer<typeof mfaProofSchema>;

export const userIdInputSchema = /* @__PURE__ */ (() => z.object({ userId: uuidSchema }))();
export type UserIdInput = z.infer<typeof userIdInputSchema>;

export const sessionIdInputSchema = /* @__PURE__ */ (() => z.object({ sessionId: uuidSchema }))();
export type SessionIdInput = z.infer<typeof sessionIdInputSchema>;
