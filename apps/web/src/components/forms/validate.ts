import type { z } from 'zod';

export type FieldErrors = Record<string, string[]>;

/**
 * Client-side check with the same zod schema the server uses. Returns the
 * parsed value, or field errors keyed by path (messages are i18n keys).
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (errors[key] ??= []).push(issue.message);
  }
  return { ok: false, errors };
}
