import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { decodeCursor, encodeCursor, pageInputSchema, toPage } from './pagination';

const someId = '6f1c2d7e-0000-4000-8000-000000000001';

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'THREW';
  }
}

describe('keyset pagination', () => {
  it('round-trips a cursor, including non-ASCII keys', () => {
    const cursor = { key: 'Werkgroep Ondermijning – Zuid é', id: '6f1c2d7e-0000-4000-8000-000000000001' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('treats a missing cursor as the first page', () => {
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor(null)).toBeNull();
    expect(decodeCursor('')).toBeNull();
  });

  it('refuses a cursor it did not write with INVALID_CURSOR, before it reaches SQL', () => {
    expect(codeOf(() => decodeCursor('not-base64-json'))).toBe('INVALID_CURSOR');
    expect(codeOf(() => decodeCursor(encodeCursor({ key: 'a', id: someId }).slice(0, 4)))).toBe('INVALID_CURSOR');
    expect(codeOf(() => decodeCursor(encodeCursor({ key: 'a', id: 'b' })))).toBe('INVALID_CURSOR');
    expect(codeOf(() => decodeCursor(encodeCursor({ key: 'a\u0000', id: someId })))).toBe('INVALID_CURSOR');
    expect(codeOf(() => decodeCursor(encodeCursor({ key: '\uD800', id: someId })))).toBe('INVALID_CURSOR');
    expect(codeOf(() => decodeCursor(btoa('{"key":"a"}')))).toBe('INVALID_CURSOR');
  });

  it('checks the key against what the list sorts on', () => {
    expect(decodeCursor(encodeCursor({ key: '2026-03-01', id: someId }), 'date')).toEqual({
      key: '2026-03-01',
      id: someId,
    });
    expect(codeOf(() => decodeCursor(encodeCursor({ key: '2026-02-30', id: someId }), 'date'))).toBe('INVALID_CURSOR');
    expect(codeOf(() => decodeCursor(encodeCursor({ key: 'gisteren', id: someId }), 'date'))).toBe('INVALID_CURSOR');
    const instant = new Date('2026-03-01T09:30:00.123Z').toISOString();
    expect(decodeCursor(encodeCursor({ key: instant, id: someId }), 'instant')?.key).toBe(instant);
    expect(
      codeOf(() => decodeCursor(encodeCursor({ key: new Date(8.64e15).toISOString(), id: someId }), 'instant')),
    ).toBe('INVALID_CURSOR');
    expect(codeOf(() => decodeCursor(encodeCursor({ key: '2026-03-01', id: someId }), 'instant'))).toBe(
      'INVALID_CURSOR',
    );
    expect(decodeCursor(encodeCursor({ key: '50', id: '' }), 'offset')).toEqual({ key: '50', id: '' });
    expect(codeOf(() => decodeCursor(encodeCursor({ key: '1e400', id: '' }), 'offset'))).toBe('INVALID_CURSOR');
    expect(codeOf(() => decodeCursor(encodeCursor({ key: '-1', id: '' }), 'offset'))).toBe('INVALID_CURSOR');
  });

  it('returns a next cursor only when an extra row was fetched', () => {
    const rows = [1, 2, 3].map((n) => ({ n, id: `0000000${n}` }));
    const cursorOf = (row: { n: number; id: string }) => ({
      key: String(row.n),
      id: `${row.id}-0000-4000-8000-000000000001`,
    });
    const full = toPage(rows, 2, cursorOf);
    expect(full.items).toHaveLength(2);
    expect(decodeCursor(full.nextCursor)).toEqual({ key: '2', id: '00000002-0000-4000-8000-000000000001' });
    const last = toPage(rows.slice(0, 2), 2, cursorOf);
    expect(last.nextCursor).toBeNull();
  });

  it('defaults and bounds the page size', () => {
    expect(pageInputSchema.parse({}).limit).toBe(25);
    expect(pageInputSchema.safeParse({ limit: 101 }).success).toBe(false);
    expect(pageInputSchema.safeParse({ limit: 0 }).success).toBe(false);
  });
});
