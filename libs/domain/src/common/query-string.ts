import type { z } from 'zod';
import type { ParamCheck } from './query-params';

/** Query-string parameters as Next hands them to a page (`searchParams`) or as `Object.fromEntries(URLSearchParams)` gives them. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** One parameter's value; the first when it is repeated, null when absent. */
export function singleParam(params: SearchParams, name: string): string | null {
  const value = params[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? (value[0] ?? null) : null;
}

/**
 * The value when it passes the check (a zod-free `ParamCheck`, for code that
 * runs in the browser) or parses with the schema, else null: a filter that does
 * not parse is ignored.
 */
export function validParam<T>(check: z.ZodType<T> | ParamCheck<T>, value: string | null): T | null {
  if (value === null) return null;
  if (typeof check === 'function') return check(value);
  const parsed = check.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Reads the named query parameters with one schema per filter. An export must
 * not silently widen what it writes, so it gets both the filter and the names
 * of the parameters that were given but do not parse (and refuses those).
 */
export function parseStrictFilterQuery<T extends Record<string, z.ZodType>>(
  params: SearchParams,
  fields: { [K in keyof T]: { name: string; schema: T[K] } },
): { filter: { [K in keyof T]?: z.output<T[K]> }; invalid: string[] } {
  const filter: { [K in keyof T]?: z.output<T[K]> } = {};
  const invalid: string[] = [];
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const { name, schema } = fields[key];
    const value = singleParam(params, name);
    if (value === null || value === '') continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) filter[key] = parsed.data as z.output<T[typeof key]>;
    else invalid.push(name);
  }
  return { filter, invalid };
}
