import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestHarness,
  outcome,
  roleNames,
  seedRoleFixture,
  userOf,
  type RoleFixture,
  type RoleName,
  type TestHarness,
} from '../../testing';

let h: TestHarness;
let f: RoleFixture;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));

describe('reference data', () => {
  it.each(roleNames)('as %s', async (role) => {
    const expected = role === 'anonymous' ? 'UNAUTHORIZED' : 'OK';
    expect(await outcome(() => caller(role).reference.cooperationLevels())).toBe(expected);
    expect(await outcome(() => caller(role).reference.conditions())).toBe(expected);
    expect(await outcome(() => caller(role).reference.legalBases())).toBe(expected);
  });

  it('lists each kind in its display order', async () => {
    const levels = await caller('observer').reference.cooperationLevels();
    expect(levels.map((l) => l.code)).toEqual(['TRAINING', 'ASSISTANCE', 'PARTNERSHIP']);
    const conditions = await caller('observer').reference.conditions();
    expect(conditions.length).toBeGreaterThan(0);
    expect(conditions.map((c) => c.sortOrder)).toEqual([...conditions.map((c) => c.sortOrder)].sort((a, b) => a - b));
    const legalBases = await caller('observer').reference.legalBases();
    expect(legalBases.length).toBeGreaterThan(0);
    expect(legalBases.map((b) => b.code)).toEqual([...legalBases.map((b) => b.code)].sort());
  });
});
