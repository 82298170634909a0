import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageInputSchema, toPage } from './pagination';

describe('keyset pagination', () => {
  it('round-trips a cursor, including non-ASCII keys', () => {
    const cursor = { key: 'Werkgroep Ondermijning – Zuid é', id: '6f1c2d7e-0000-4000-8000-000000000001' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('treats a missing or malformed cursor as the first page', () => {
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor('')).toBeNull();
    expect(decodeCursor('not-base64-json')).toBeNull();
    expect(decodeCursor(encodeCursor({ key: 'a', id: 'b' }).slice(0, 4))).toBeNull();
  });

  it('returns a next cursor only when an extra row was fetched', () => {
    const rows = [1, 2, 3].map((n) => ({ n, id: `id-${n}` }));
    const cursorOf = (row: { n: number; id: string }) => ({ key: String(row.n), id: row.id });
    const full = toPage(rows, 2, cursorOf);
    expect(full.items).toHaveLength(2);
    expect(decodeCursor(full.nextCursor)).toEqual({ key: '2', id: 'id-2' });
    const last = toPage(rows.slice(0, 2), 2, cursorOf);
    expect(last.nextCursor).toBeNull();
  });

  it('defaults and bounds the page size', () => {
    expect(pageInputSchema.parse({}).limit).toBe(25);
    expect(pageInputSchema.safeParse({ limit: 101 }).success).toBe(false);
    expect(pageInputSchema.safeParse({ limit: 0 }).success).toBe(false);
  });
});
