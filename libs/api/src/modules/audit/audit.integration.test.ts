import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, insertAuditEvent } from '@srw/db';
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
  const origin = { ip: '127.0.0.1', userAgent: null };
  await insertAuditEvent(h.handle.db, {
    actorId: f.chair.userId,
    action: 'sign_in',
    entityType: 'user',
    entityId: f.chair.userId,
    origin,
  });
  await insertAuditEvent(h.handle.db, {
    actorId: f.outsider.userId,
    action: 'update',
    entityType: 'working_group',
    entityId: f.otherGroupId,
    groupId: f.otherGroupId,
    before: { organisationIds: [f.chair.organisationId] },
    after: { organisationIds: [f.chair.organisationId, f.omUser.organisationId] },
    origin,
  });
  // 9 January 2026, 23:30 UTC: 10 January in the Netherlands.
  await h.handle.db.insert(auditEvents).values({
    actorId: f.admin.userId,
    action: 'update',
    entityType: 'organisation',
    entityId: f.groupId,
    occurredAt: new Date('2026-01-09T23:30:00Z'),
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

  it('exposes no procedure that edits or deletes audit events: only reads', () => {
    const procedures = Object.entries(appRouter._def.procedures).filter(([path]) => path.startsWith('audit.'));
    expect(procedures.map(([path]) => path).sort()).toEqual(['audit.filterOptions', 'audit.list']);
    const typeOf = (procedure: unknown) => (procedure as { _def: { type: string } })._def.type;
    expect(procedures.map(([, procedure]) => typeOf(procedure))).toEqual(['query', 'query']);
  });
});

describe('audit.list filters', () => {
  const admin = () => caller('admin');

  it('hides sign-ins unless asked for', async () => {
    const hidden = await admin().audit.list({ limit: 100 });
    expect(hidden.items.some((e) => e.action === 'sign_in')).toBe(false);
    const shown = await admin().audit.list({ includeSignIns: true, limit: 100 });
    expect(shown.items.some((e) => e.action === 'sign_in' && e.actorName === 'Voorzitter Vera')).toBe(true);
  });

  it('filters by person, kind and group, and names the group', async () => {
    const byPerson = await admin().audit.list({ actorId: f.outsider.userId, limit: 100 });
    expect(byPerson.items.length).toBeGreaterThan(0);
    expect(byPerson.items.every((e) => e.actorId === f.outsider.userId)).toBe(true);
    const byKind = await admin().audit.list({ entityType: 'organisation', limit: 100 });
    expect(byKind.items.map((e) => e.entityType)).toEqual(['organisation']);
    const byGroup = await admin().audit.list({ groupId: f.otherGroupId, limit: 100 });
    expect(byGroup.items.length).toBeGreaterThan(0);
    expect(byGroup.items.every((e) => e.groupId === f.otherGroupId)).toBe(true);
    expect(byGroup.items[0]?.groupName).toBeTruthy();
    // Organisation ids in the snapshot come back as names.
    expect(byGroup.items[0]?.after).toEqual({
      organisationIds: [f.chair.organisationName, f.omUser.organisationName],
    });
  });

  it('filters by period in Dutch calendar days', async () => {
    const day = await admin().audit.list({ from: '2026-01-10', to: '2026-01-10', limit: 100 });
    expect(day.items.map((e) => e.entityType)).toEqual(['organisation']);
    const before = await admin().audit.list({ to: '2026-01-09', limit: 100 });
    expect(before.items).toEqual([]);
  });

  it('keeps a chair to the own group: another group or all history is refused', async () => {
    expect(await outcome(() => caller('chair').audit.list({ groupId: f.otherGroupId }))).toBe('NOT_FOUND');
    expect(await outcome(() => caller('chair').audit.list({ actorId: f.chair.userId }))).toBe('FORBIDDEN');
    const own = await caller('chair').audit.list({ groupId: f.groupId, limit: 100 });
    expect(own.items.every((e) => e.groupId === f.groupId)).toBe(true);
  });

  it('refuses a malformed filter with a 4xx', async () => {
    expect(await outcome(() => admin().audit.list({ from: '2026-02-30' }))).toBe('BAD_REQUEST');
  });
});
