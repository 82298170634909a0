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
  invalidCharacters: 'validation.invalidCharacters',
} as const;

/**
 * NUL (PostgreSQL refuses it in text) and UTF-16 surrogates without their pair
 * (not Unicode: JSON columns refuse them, text columns would silently mangle them).
 */
const invalidCharacterPattern = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasOnlyValidCharacters(value: string): boolean {
  return !invalidCharacterPattern.test(value);
}

/**
 * Every string input starts here (never a bare `z.string()`), so every field of
 * every schema refuses what the database cannot store, with a field error.
 */
export function textString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(hasOnlyValidCharacters, { error: v.invalidCharacters });
}

export const uuidSchema = /* @__PURE__ */ (() => z.uuid({ error: v.uuid }))();

export function requiredText(max: number) {
  return textString({ error: v.required }).trim().min(1, { error: v.required }).max(max, { error: v.tooLong });
}

export function optionalText(max: number) {
  return textString().trim().max(max, { error: v.tooLong }).default('');
}

/** Versions are PostgreSQL `integer`s: a larger number can only be made up. */
export const versionSchema = /* @__PURE__ */ (() => z.number().int().min(1).max(2_147_483_647))();
