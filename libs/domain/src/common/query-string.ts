import type { z } from 'zod';

/** Query-string parameters as Next hands them to a page (`searchParams`) or as `Object.fromEntries(URLSearchParams)` gives them. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** One parameter's value; the first when it is repeated, null when absent. */
export function singleParam(params: SearchParams, name: string): string | null {
  const value = params[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? (value[0] ?? null) : null;
}

/** The value when it parses with the schema, else null: a filter that does not parse is ignored. */
export function validParam<T>(schema: z.ZodType<T>, value: string | null): T | null {
  if (value === null) return null;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
