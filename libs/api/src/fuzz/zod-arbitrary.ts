import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check arbitraries for zod 4 schemas (zod-fast-check targets zod 3): values
 * shaped like the schema expects, where any leaf may be replaced by hostile input —
 * NUL bytes, lone surrogates, 100k characters, huge or non-finite numbers, dates at
 * the edge of what JavaScript can hold, garbage cursors. Used only by the fuzz suite.
 */

/** Values the database refuses or that break naive code, whatever the field. */
const hostileStrings = [
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDC00y',
  'a\uDBFFz',
  '😀\uD83D',
  'x'.repeat(100_000),
  '+275760-09-13',
  '-271821-04-20',
  '0000-00-00',
  '2026-02-30',
  '99999-01-01',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'WyJhIiwiYiJd', // ["a","b"]: a cursor with a non-uuid id
  'WyIrMjc1NzYwLTA5LTEzIiwiNmYxYzJkN2UtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxIl0', // a year-275760 key
  'WyIxZTQwMCIsIiJd', // ["1e400",""]: an offset of Infinity
  'W10',
  '!!!',
  "'; drop table users; --",
  '%',
  '\\',
  '   ',
  '',
];

const hostileNumbers = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  -(2 ** 31) - 1,
  -1,
  -0,
  0.5,
  1e21,
];

const hostileDates = [
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(Number.NaN),
  new Date('0001-01-01T00:00:00Z'),
  new Date('9999-12-31T23:59:59Z'),
];

/** JSON-like values: what a client can send after superjson. */
export const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(...hostileStrings, ...hostileNumbers, ...hostileDates, null, undefined, [], {}),
);

/** Short enough for any length limit and shaped like a field's value, so they get past length checks. */
const sneakyStrings = [
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDC00y',
  '😀\uD83D',
  'Zuid\uDBFF',
  '2026-02-30',
  '+275760-09-13',
];

/** Cursors we never wrote: a non-uuid id, a non-date key, an offset of Infinity, a NUL key. */
const garbageCursors = [
  'WyJhIiwiYiJd',
  'WyIrMjc1NzYwLTA5LTEzIiwiNmYxYzJkN2UtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxIl0',
  'WyIxZTQwMCIsIiJd',
  'WyJcdTAwMDAiLCI2ZjFjMmQ3ZS0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDEiXQ',
  'WyIyMDI2LTAyLTMwIiwiNmYxYzJkN2UtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxIl0',
  'W10',
  '!!!',
  'eyJ9',
];

const hostile: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  ...hostileStrings,
  ...hostileNumbers,
  ...hostileDates,
  null,
  undefined,
  {},
  [],
  true,
);

export interface ArbitraryPools {
  /** Ids that exist in the database, so generated input reaches past "not found". */
  ids: string[];
  /** Existing ids that fit a field (`scenarioId`, `organisationIds`, `id`...), best first. */
  idsFor?: (field: string) => string[];
}

interface ZodDef {
  type: string;
  format?: string;
  [key: string]: unknown;
}

function defOf(schema: unknown): ZodDef {
  return (schema as { _zod: { def: ZodDef } })._zod.def;
}

/** A regex the string must match (`.regex()`, `z.email()`...), if it has one. */
function patternOf(def: ZodDef): RegExp | null {
  const checks = (def.checks ?? []) as { _zod: { def: { pattern?: unknown } } }[];
  for (const check of checks) {
    const pattern = check._zod.def.pattern;
    if (pattern instanceof RegExp) return pattern;
  }
  return null;
}

function wellFormedString(def: ZodDef): fc.Arbitrary<unknown> {
  const pattern = patternOf(def);
  if (pattern) {
    try {
      // fast-check cannot generate for the `i` flag; case-sensitive matches still match.
      return fc.stringMatching(new RegExp(pattern.source, pattern.flags.replace('i', '')), { size: 'xsmall' });
    } catch {
      // A pattern fast-check cannot generate from: fall through to plain strings.
    }
  }
  return fc.oneof(
    { arbitrary: fc.string({ minLength: 1, maxLength: 20 }), weight: 1 },
    {
      // Dates, codes and names that pass the schemas' refinements, so input reaches the database.
      arbitrary: fc.constantFrom(
        '2026-03-01',
        '2026-06-15',
        '2027-01-31',
        'Werkgroep Zuid',
        'ABC_1',
        'R-2026-001',
        'term',
      ),
      weight: 3,
    },
  );
}

/** How often a leaf is hostile: 0 for well-formed values only. */
type HostileWeight = number;

function wellFormed(
  schema: z.ZodType,
  pools: ArbitraryPools,
  depth: number,
  hostileWeight: HostileWeight,
  field: string,
): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: unknown, key = field) => valueFor(s as z.ZodType, pools, hostileWeight, depth + 1, key);
  switch (def.type) {
    case 'string':
      if (def.format === 'uuid' || def.format === 'guid') {
        const fitting = pools.idsFor?.(field) ?? [];
        const known = fitting.length > 0 ? fitting : pools.ids;
        return known.length > 0
          ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 6 }, { arbitrary: fc.uuid(), weight: 1 })
          : fc.uuid();
      }
      if (def.format === 'email') return fc.emailAddress();
      if (field === 'cursor') return fc.constantFrom(...garbageCursors);
      if (hostileWeight > 0) {
        return fc.oneof({ arbitrary: wellFormedString(def), weight: 3 }, fc.constantFrom(...sneakyStrings));
      }
      return wellFormedString(def);
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: -5, max: 5000 }));
    case 'int':
      return fc.integer({ min: 0, max: 10 });
    case 'bigint':
      return fc.bigInt();
    case 'boolean':
      return fc.boolean();
    case 'date':
      if (hostileWeight > 0) return fc.constantFrom(...hostileDates);
      return fc.date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-01-01T00:00:00Z'),
        noInvalidDate: true,
      });
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const entries: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(shape)) entries[key] = inner(value, key);
      return fc.record(entries);
    }
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(inner(def.element), { minLength: 1, maxLength: 3 });
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map((item) => inner(item)));
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), inner(def.valueType), { maxKeys: 3 });
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((option) => inner(option)));
    case 'intersection':
      return inner(def.left);
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.oneof(fc.constant(undefined), inner(def.innerType));
    case 'nullable':
      return fc.oneof(fc.constant(null), inner(def.innerType));
    case 'nonoptional':
    case 'readonly':
    case 'catch':
    case 'success':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return depth > 4 ? fc.constant(undefined) : inner((def.getter as () => unknown)());
    default:
      return jsonish;
  }
}

/** A value for `schema`: well formed, or hostile at this very spot (weight `hostileWeight` in 20). */
export function valueFor(
  schema: z.ZodType,
  pools: ArbitraryPools,
  hostileWeight: HostileWeight,
  depth = 0,
  field = 'id',
): fc.Arbitrary<unknown> {
  const shaped = wellFormed(schema, pools, depth, hostileWeight, field);
  if (hostileWeight === 0) return shaped;
  return fc.oneof({ arbitrary: shaped, weight: 20 - hostileWeight }, { arbitrary: hostile, weight: hostileWeight });
}

/**
 * Input for a procedure: arbitrary JSON; the schema's shape with well-formed leaves
 * (which reach the database); or that shape with an occasional hostile leaf.
 */
export function inputFor(schema: z.ZodType | undefined, pools: ArbitraryPools): fc.Arbitrary<unknown> {
  if (!schema) return jsonish;
  return fc.oneof(
    { arbitrary: jsonish, weight: 1 },
    { arbitrary: valueFor(schema, pools, 0), weight: 2 },
    { arbitrary: valueFor(schema, pools, 1), weight: 2 },
    { arbitrary: valueFor(schema, pools, 4), weight: 1 },
  );
}
