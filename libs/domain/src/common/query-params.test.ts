import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDateSchema } from './calendar-date.schema';
import { isoDateParam, oneOfParam, patternParam, textParam, uuidParam, type ParamCheck } from './query-params';
import { textString, uuidSchema } from './validation';

/** The check accepts what the schema accepts, and returns what it returns. */
function sameAs<T>(check: ParamCheck<T>, schema: z.ZodType<T>, values: readonly string[]) {
  for (const value of values) {
    const parsed = schema.safeParse(value);
    expect([value, check(value)]).toEqual([value, parsed.success ? parsed.data : null]);
  }
}

const awkward = ['', ' ', 'a\u0000b', '\uD800', 'x'.repeat(200), '  padded  ', 'ÄÖÜ', '1', 'none'];

describe('zod-free query-string checks', () => {
  it('reads uuids like uuidSchema', () => {
    sameAs(uuidParam, uuidSchema, [
      ...awkward,
      '6f1c2d7e-0000-4000-8000-000000000099',
      '6F1C2D7E-0000-4000-8000-000000000099',
      '6f1c2d7e-0000-9000-8000-000000000099',
      '6f1c2d7e-0000-4000-c000-000000000099',
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      ' 6f1c2d7e-0000-4000-8000-000000000099',
    ]);
  });

  it('reads calendar dates like isoDateSchema', () => {
    sameAs(isoDateParam, isoDateSchema, [
      ...awkward,
      '2026-12-06',
      ' 2026-12-06 ',
      '2026-02-29',
      '2028-02-29',
      '1899-12-31',
      '2200-12-31',
      '2201-01-01',
      '2026-13-01',
      '2026-1-1',
    ]);
  });

  it('reads choices like z.enum', () => {
    const options = ['open', 'in_uitvoering'] as const;
    sameAs(oneOfParam(options), z.enum(options), [...awkward, 'open', 'in_uitvoering', 'Open', 'open ']);
  });

  it('reads texts like textString().trim().max()', () => {
    sameAs(textParam(10), textString().trim().max(10), [...awkward, 'tien tekens', ' negen ', 'officier']);
    sameAs(textParam(40, { lowerCase: true }), textString().trim().toLowerCase().max(40), [...awkward, ' Drones ']);
  });

  it('reads patterns like textString().regex()', () => {
    const pattern = /^\d+(\.\d+(\.[a-z])?)?$/;
    sameAs(patternParam(pattern), textString().regex(pattern), [...awkward, '3', '3.2', '3.2.a', '3.2.A', '3.', 'x3']);
  });
});
