import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { createTestDatabase } from '../testing';
import { sql } from 'drizzle-orm';
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

  it('restores a changed label and rewrites nothing that is unchanged', async () => {
    const versions = async () => {
      const result: unknown = await handle.db.execute(
        sql`select id, xmin::text as version, label_nl as label from condition_nodes order by id`,
      );
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
        id: string;
        version: string;
        label: string;
      }[];
      return new Map(rows.map((row) => [row.id, row]));
    };
    const [first, second] = flattenConditions();
    if (!first || !second) throw new Error('no conditions');
    await handle.db.execute(sql`update condition_nodes set label_nl = 'gewijzigd' where id = ${first.id}`);
    await handle.db.execute(sql`update cooperation_levels set label_en = 'changed'`);
    const before = await versions();
    await seedReferenceData(handle.db);
    const after = await versions();
    expect(after.get(first.id)?.label).toBe(first.labelNl);
    expect(after.get(first.id)?.version).not.toBe(before.get(first.id)?.version);
    expect(after.get(second.id)?.version).toBe(before.get(second.id)?.version);
    const levels: unknown = await handle.db.execute(
      sql`select count(*)::int as n from cooperation_levels where label_en = 'changed'`,
    );
    const [count] = (Array.isArray(levels) ? levels : (levels as { rows: unknown[] }).rows) as { n: number }[];
    expect(count?.n).toBe(0);
  });
});
