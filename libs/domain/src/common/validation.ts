import { z } from 'zod';

/**
 * Validation messages are keys into the UI's `validation` messages, so a form
 * shows them in the user's language; the API formatter passes them per field.
 */
export const v = {
  required: 'validation.required',
  tooLong: 'validation.tooLong',
  email: 'validation.email',
  passwordLength: 'validation.passwordLength',
  invalidChoice: 'validation.invalidChoice',
  uuid: 'validation.invalid',
  atLeastOne: 'validation.atLeastOne',
  exactlyOne: 'validation.exactlyOne',
} as const;

export const uuidSchema = z.uuid({ error: v.uuid });

export function requiredText(max: number) {
  return z.string({ error: v.required }).trim().min(1, { error: v.required }).max(max, { error: v.tooLong });
}

export function optionalText(max: number) {
  return z.string().trim().max(max, { error: v.tooLong }).default('');
}

export const versionSchema = z.number().int().min(1);
