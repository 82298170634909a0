import { z } from 'zod';
import { hasOnlyValidCharacters, v } from './validation.rules';

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
