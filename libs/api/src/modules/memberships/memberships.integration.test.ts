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

async function membershipOf(groupId: string, userId: string) {
  const page = await h.callerFor(f.admin).memberships.list({ groupId, limit: 100 });
  const member = page.items.find((m) => m.userId === userId);
  if (!member) throw new Error('membership not found');
  return member;
}

describe('memberships.list', () => {
  const expected: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'OK',
    member: 'OK',
    chair: 'OK',
    management: 'OK',
    admin: 'OK',
  };
  it.each(roleNames)('as %s', async (role) => {
    expect(await outcome(() => caller(role).memberships.list({ groupId: f.groupId }))).toBe(expected[role]);
  });

  it('lists members with organisation and role, sorted by name', async () => {
    const page = await caller('observer').memberships.list({ groupId: f.groupId });
    expect(page.items.map((m) => [m.name, m.organisationCode, m.role])).toEqual([
      ['Lid Lars', 'POLITIE', 'member'],
      ['Voorzitter Vera', 'DEFENSIE', 'chair'],
      ['Waarnemer Wim', 'DEFENSIE', 'observer'],
    ]);
  });

  it('tells each viewer per member whether they may change the role or remove the member', async () => {
    for (const [role, may] of [
      ['chair', true],
      ['admin', true],
      ['member', false],
      ['observer', false],
      ['management', false],
    ] as const) {
      const page = await caller(role).memberships.list({ groupId: f.groupId });
      expect(page.items.map((m) => m.permissions)).toEqual(page.items.map(() => ({ changeRole: may, remove: may })));
    }
  });
});

describe('memberships.candidates', () => {
  it('offers the chair active users of participating organisations who are not members yet', async () => {
    const candidates = await caller('chair').memberships.candidates({ groupId: f.groupId, search: '' });
    const names = candidates.map((c) => c.name);
    expect(names).toContain('Kandidaat Kim');
    expect(names).not.toContain('Lid Lars');
    expect(names).not.toContain('Officier Olga');
    const searched = await caller('chair').memberships.candidates({ groupId: f.groupId, search: 'kim' });
    expect(searched.map((c) => c.name)).toEqual(['Kandidaat Kim']);
  });

  it.each([
    ['member', 'FORBIDDEN'],
    ['management', 'FORBIDDEN'],
    ['outsider', 'NOT_FOUND'],
    ['anonymous', 'UNAUTHORIZED'],
  ] as [RoleName, string][])('is refused to %s', async (role, code) => {
    expect(await outcome(() => caller(role).memberships.candidates({ groupId: f.groupId, search: '' }))).toBe(code);
  });
});

describe('memberships.add', () => {
  const expected: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'FORBIDDEN',
    chair: 'OK',
    management: 'FORBIDDEN',
    admin: 'OK',
  };
  it.each(roleNames)('as %s', async (role) => {
    const newcomer = await h.createUser({ name: `Nieuw ${role}`, organisation: 'POLITIE' });
    expect(
      await outcome(() =>
        caller(role).memberships.add({ groupId: f.groupId, userId: newcomer.userId, role: 'member' }),
      ),
    ).toBe(expected[role]);
  });

  it('adds a member from the other organisation and records it in the audit trail', async () => {
    const added = await caller('chair').memberships.add({
      groupId: f.groupId,
      userId: f.candidate.userId,
      role: 'member',
    });
    expect(added.role).toBe('member');
    const history = await caller('chair').audit.list({ groupId: f.groupId });
    const event = history.items.find((e) => e.entityId === added.id);
    expect(event).toMatchObject({ action: 'create', entityType: 'membership', actorName: 'Voorzitter Vera' });
    expect(event?.after).toMatchObject({ userName: 'Kandidaat Kim', role: 'member' });
    expect(
      await outcome(() =>
        caller('chair').memberships.add({ groupId: f.groupId, userId: f.candidate.userId, role: 'member' }),
      ),
    ).toBe('CONFLICT');
  });

  it('refuses a user whose organisation does not take part', async () => {
    await expect(
      caller('chair').memberships.add({ groupId: f.groupId, userId: f.omUser.userId, role: 'member' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'ORGANISATION_NOT_IN_GROUP',
    });
  });
});

describe('memberships.changeRole and remove', () => {
  it('keeps the last chair and refuses stale versions', async () => {
    const groupId = await h.createGroup({
      name: 'Rollengroep',
      organisations: ['DEFENSIE', 'POLITIE'],
      members: [
        [f.chair, 'chair'],
        [f.member, 'member'],
      ],
    });
    const chairship = await membershipOf(groupId, f.chair.userId);
    await expect(
      caller('chair').memberships.changeRole({
        membershipId: chairship.membershipId,
        version: chairship.version,
        role: 'member',
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'LAST_CHAIR',
    });
    await expect(
      caller('chair').memberships.remove({ membershipId: chairship.membershipId, version: chairship.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const membership = await membershipOf(groupId, f.member.userId);
    expect(
      await outcome(() =>
        caller('member').memberships.changeRole({
          membershipId: membership.membershipId,
          version: membership.version,
          role: 'chair',
        }),
      ),
    ).toBe('FORBIDDEN');
    const promoted = await caller('chair').memberships.changeRole({
      membershipId: membership.membershipId,
      version: membership.version,
      role: 'chair',
    });
    expect(promoted.role).toBe('chair');
    // The version read before the promotion is now stale.
    await expect(
      caller('chair').memberships.remove({ membershipId: membership.membershipId, version: membership.version }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'VERSION_CONFLICT',
    });
    // With two chairs, the first may step down.
    await caller('member').memberships.changeRole({
      membershipId: chairship.membershipId,
      version: chairship.version,
      role: 'member',
    });
    const members = await caller('member').memberships.list({ groupId });
    expect(members.items.map((m) => [m.name, m.role])).toEqual([
      ['Lid Lars', 'chair'],
      ['Voorzitter Vera', 'member'],
    ]);
  });

  it('removes a member, who then no longer sees the group', async () => {
    const groupId = await h.createGroup({
      name: 'Verwijdergroep',
      organisations: ['POLITIE'],
      members: [
        [f.outsider, 'chair'],
        [f.candidate, 'member'],
      ],
    });
    expect(await outcome(() => h.callerFor(f.candidate).workingGroups.get({ id: groupId }))).toBe('OK');
    const membership = await membershipOf(groupId, f.candidate.userId);
    expect(
      await outcome(() =>
        caller('management').memberships.remove({ membershipId: membership.membershipId, version: membership.version }),
      ),
    ).toBe('FORBIDDEN');
    await caller('outsider').memberships.remove({ membershipId: membership.membershipId, version: membership.version });
    expect(await outcome(() => h.callerFor(f.candidate).workingGroups.get({ id: groupId }))).toBe('NOT_FOUND');
  });
});
