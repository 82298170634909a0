import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationByCode } from '@srw/db';
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
let defensieId: string;

const caller = (role: RoleName) => h.callerFor(userOf(f, role));

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h, 'Eigenaren');
  defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
});
afterAll(async () => h.close());

const recommendation = (groupId: string | null, ownerUserId: string | null) => ({
  groupId,
  title: 'Eigenaar kiezen',
  sourceType: 'thesis' as const,
  level: groupId ? ('operationeel' as const) : ('bestuurlijk' as const),
  conditionIds: ['1.4.c'],
  addresseeOrganisationIds: [defensieId],
  ownerUserId,
});

describe('recommendations.eligibleOwners', () => {
  it.each(roleNames)("lists owners for a group's recommendation as %s", async (role) => {
    const expected: Record<RoleName, string> = {
      anonymous: 'UNAUTHORIZED',
      outsider: 'NOT_FOUND',
      observer: 'FORBIDDEN',
      member: 'OK',
      chair: 'OK',
      management: 'FORBIDDEN',
      admin: 'OK',
    };
    expect(await outcome(() => caller(role).recommendations.eligibleOwners({ groupId: f.groupId }))).toBe(
      expected[role],
    );
  });

  it.each(roleNames)('lists owners for a management-level recommendation as %s', async (role) => {
    const expected: Record<RoleName, string> = {
      anonymous: 'UNAUTHORIZED',
      outsider: 'FORBIDDEN',
      observer: 'FORBIDDEN',
      member: 'FORBIDDEN',
      chair: 'FORBIDDEN',
      management: 'OK',
      admin: 'OK',
    };
    expect(await outcome(() => caller(role).recommendations.eligibleOwners({ groupId: null }))).toBe(expected[role]);
  });

  it("gives a chair the people of the group's organisations (not the users directory, which answers 403)", async () => {
    expect(await outcome(() => caller('chair').users.directory({ search: '' }))).toBe('FORBIDDEN');
    const owners = await caller('chair').recommendations.eligibleOwners({ groupId: f.groupId, search: '' });
    const names = owners.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Lid Lars', 'Waarnemer Wim', 'Kandidaat Kim']));
    // The OM is not in the group: its people are not offered.
    expect(names).not.toContain('Officier Olga');
    const searched = await caller('member').recommendations.eligibleOwners({ groupId: f.groupId, search: 'lars' });
    expect(searched.map((o) => o.name)).toEqual(['Lid Lars']);
    // Management level: anyone.
    const anyone = await caller('management').recommendations.eligibleOwners({ groupId: null, search: 'olga' });
    expect(anyone.map((o) => o.name)).toEqual(['Officier Olga']);
  });

  it('refuses an owner from outside the group organisations, and accepts one from inside', async () => {
    await expect(
      caller('chair').recommendations.create(recommendation(f.groupId, f.omUser.userId)),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { code: 'OWNER_NOT_ELIGIBLE', field: 'ownerUserId' } });
    const created = await caller('chair').recommendations.create(recommendation(f.groupId, f.member.userId));
    expect(created.ownerUserId).toBe(f.member.userId);
    const managementLevel = await caller('management').recommendations.create(recommendation(null, f.omUser.userId));
    expect(managementLevel.ownerUserId).toBe(f.omUser.userId);
  });
});
