import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { singleParam, validParam } from './query-string';

describe('query-string parameters', () => {
  it('takes a single value, the first of repeated ones, and null when absent', () => {
    expect(singleParam({ van: '2026-01-01' }, 'van')).toBe('2026-01-01');
    expect(singleParam({ van: ['2026-01-01', '2027-01-01'] }, 'van')).toBe('2026-01-01');
    expect(singleParam({ van: [] }, 'van')).toBeNull();
    expect(singleParam({}, 'van')).toBeNull();
  });

  it('keeps a value only when it parses', () => {
    const level = z.enum(['bestuurlijk', 'operationeel']);
    expect(validParam(level, 'bestuurlijk')).toBe('bestuurlijk');
    expect(validParam(level, 'strategisch')).toBeNull();
    expect(validParam(level, null)).toBeNull();
  });
});
