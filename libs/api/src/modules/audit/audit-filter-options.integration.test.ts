import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminOnlyOutcomes,
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
const MANY = 105;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h, 'Filter');
  for (let i = 1; i <= MANY; i += 1) {
    const n = String(i).padStart(3, '0');
    await h.createUser({ name: `Zz Persoon ${n}`, organisation: i % 2 ? 'DEFENSIE' : 'POLITIE' });
    await h.createGroup({ name: `Zz Werkgroep ${n}`, organisations: ['DEFENSIE', 'POLITIE'], members: [] });
  }
}, 300_000);
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));

describe('audit.filterOptions', () => {
  it.each(roleNames)('as %s', async (role) => {
    expect(await outcome(() => caller(role).audit.filterOptions())).toBe(adminOnlyOutcomes[role]);
  });

  it('lists every person and every group, beyond the first hundred, sorted by name', async () => {
    const { people, groups } = await caller('admin').audit.filterOptions();
    expect(people.length).toBeGreaterThan(MANY);
    expect(groups.length).toBeGreaterThan(MANY);
    // The last ones alphabetically are there too.
    expect(people.at(-1)).toMatchObject({ name: `Zz Persoon ${MANY}`, organisationCode: 'DEFENSIE' });
    expect(groups.at(-1)).toMatchObject({ name: `Zz Werkgroep ${MANY}` });
    const names = people.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
