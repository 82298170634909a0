import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../users/users.schema';
import { textString } from '../common/validation';
import { v } from '../common/validation.rules';

/** Sign-in accepts any password length up to the maximum: a wrong one fails generically. */
export const signInSchema = /* @__PURE__ */ (() =>
  z.object({
    email: textString({ error: v.required })
      .trim()
      .toLowerCase()
      .min(1, { error: v.required })
      .max(254, { error: v.tooLong }),
    password: textString({ error: v.required })
      .min(1, { error: v.required })
      .max(PASSWORD_MAX_LENGTH, { error: v.tooLong }),
  }))();
export type SignInInput = z.infer<typeof signInSchema>;
