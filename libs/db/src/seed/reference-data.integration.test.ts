import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { createTestDatabase } from '../testing';
import { countReferenceRows, flattenConditions, seedReferenceData } from './reference-data';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe('reference data seed', () => {
  it('loads organisations, cooperation levels, conditions and legal bases, and is idempotent', async () => {
    const first = await countReferenceRows(handle.db);
    expect(first).toEqual({
      organisations: 4,
      cooperationLevels: 3,
      conditionNodes: flattenConditions().length,
      legalBases: 8,
      assistanceConditions: 4,
    });
    await seedReferenceData(handle.db);
    expect(await countReferenceRows(handle.db)).toEqual(first);
  });
});
