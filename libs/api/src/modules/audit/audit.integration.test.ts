import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../root';
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

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
  const group = await h.callerFor(f.admin).workingGroups.get({ id: f.groupId });
  await h.callerFor(f.chair).workingGroups.update({
    id: f.groupId,
    version: group.version,
    name: group.name,
    theme: 'Aangescherpt thema',
    description: group.description,
    organisationIds: group.organisations.map((o) => o.id),
    classification: group.classification,
  });
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));

describe('audit.list for a group', () => {
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
    expect(await outcome(() => caller(role).audit.list({ groupId: f.groupId }))).toBe(expected[role]);
  });

  it('records actor, before and after, origin and UTC time', async () => {
    const page = await caller('chair').audit.list({ groupId: f.groupId });
    const update = page.items.find((e) => e.action === 'update' && e.entityType === 'working_group');
    expect(update).toMatchObject({ actorName: 'Voorzitter Vera', originIp: '127.0.0.1' });
    expect(update?.before).toMatchObject({ theme: 'Thema van Groep Alfa' });
    expect(update?.after).toMatchObject({ theme: 'Aangescherpt thema' });
    expect(update?.occurredAt).toBeInstanceOf(Date);
  });
});

describe('audit.list without a group (all history)', () => {
  it.each(roleNames)('as %s', async (role) => {
    expect(await outcome(() => caller(role).audit.list({}))).toBe(adminOnlyOutcomes[role]);
  });

  it('exposes no procedure that edits or deletes audit events', () => {
    const procedures = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith('audit.'));
    expect(procedures).toEqual(['audit.list']);
  });
});
