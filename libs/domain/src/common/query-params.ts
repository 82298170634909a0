import { isValidIsoDate, type IsoDate } from './calendar-date';
import { hasOnlyValidCharacters } from './validation.rules';

/**
 * Checks for single query-string values without zod: the address-bar filters
 * are read in the browser on every list page, and zod (tens of kB) must not be
 * in their first-load JavaScript. Each check accepts exactly what the API's
 * schema for the same field accepts (the tests compare them), and returns the
 * value as that schema would, or null.
 */
export type ParamCheck<T> = (value: string) => T | null;

/** The pattern `z.uuid()` checks (RFC 9562 versions 1–8, the nil and the max UUID). */
const UUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

/** Like `uuidSchema`. */
export const uuidParam: ParamCheck<string> = (value) => (UUID.test(value) ? value : null);

/** Like `isoDateSchema`: trimmed, a real calendar date in 1900–2200. */
export const isoDateParam: ParamCheck<IsoDate> = (value) => {
  if (!hasOnlyValidCharacters(value)) return null;
  const trimmed = value.trim();
  return trimmed !== '' && isValidIsoDate(trimmed) ? trimmed : null;
};

/** Like `z.enum(options)`. */
export function oneOfParam<T extends string>(options: readonly T[]): ParamCheck<T> {
  return (value) => (options.some((option) => option === value) ? (value as T) : null);
}

/** Like `textString().trim()` (optionally `.toLowerCase()`) `.max(max)`. */
export function textParam(max: number, options: { lowerCase?: boolean } = {}): ParamCheck<string> {
  return (value) => {
    if (!hasOnlyValidCharacters(value)) return null;
    const trimmed = value.trim();
    const text = options.lowerCase ? trimmed.toLowerCase() : trimmed;
    return text.length <= max ? text : null;
  };
}

/** Like `textString().regex(pattern)`. */
export function patternParam(pattern: RegExp): ParamCheck<string> {
  return (value) => (hasOnlyValidCharacters(value) && pattern.test(value) ? value : null);
}
