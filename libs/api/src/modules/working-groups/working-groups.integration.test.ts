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
let politieId: string;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
  defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
  politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));

async function currentVersion(id: string): Promise<number> {
  const group = await h.callerFor(f.admin).workingGroups.get({ id });
  return group.version;
}

describe('workingGroups.get', () => {
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
    expect(await outcome(() => caller(role).workingGroups.get({ id: f.groupId }))).toBe(expected[role]);
  });

  it('tells each role what it may do', async () => {
    const asChair = await caller('chair').workingGroups.get({ id: f.groupId });
    expect(asChair.myRole).toBe('chair');
    expect(asChair.permissions).toEqual({ manage: true, changeStatus: true, viewAudit: true, contribute: true });
    const asManagement = await caller('management').workingGroups.get({ id: f.groupId });
    expect(asManagement.permissions).toEqual({
      manage: false,
      changeStatus: false,
      viewAudit: false,
      contribute: false,
    });
    const asObserver = await caller('observer').workingGroups.get({ id: f.groupId });
    expect(asObserver.permissions.contribute).toBe(false);
    expect(asObserver.organisations.map((o) => o.code).sort()).toEqual(['DEFENSIE', 'POLITIE']);
  });
});

describe('workingGroups.list', () => {
  it('shows members only their own groups, even when they ask for all', async () => {
    const mine = await caller('member').workingGroups.list({ scope: 'all' });
    expect(mine.items.map((g) => g.id)).toEqual([f.groupId]);
    expect(mine.items[0]).toMatchObject({
      myRole: 'member',
      memberCount: 3,
      organisationCodes: ['DEFENSIE', 'POLITIE'],
    });
    const outsider = await caller('outsider').workingGroups.list({});
    expect(outsider.items.map((g) => g.id)).toEqual([f.otherGroupId]);
  });

  it('shows management and admins every group with scope all', async () => {
    for (const role of ['management', 'admin'] as const) {
      const all = await caller(role).workingGroups.list({ scope: 'all' });
      expect(all.items.map((g) => g.id)).toEqual(expect.arrayContaining([f.groupId, f.otherGroupId]));
      const mine = await caller(role).workingGroups.list({ scope: 'mine' });
      expect(mine.items).toHaveLength(0);
    }
  });

  it('refuses anonymous callers', async () => {
    expect(await outcome(() => caller('anonymous').workingGroups.list({}))).toBe('UNAUTHORIZED');
  });

  it('pages with a keyset cursor without repeats', async () => {
    const manager = caller('admin');
    for (let i = 0; i < 5; i++) {
      await manager.workingGroups.create({
        name: `Paginagroep ${i}`,
        theme: 'Paginering',
        organisationIds: [defensieId],
        chairUserId: f.chair.userId,
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof manager.workingGroups.list>> = await manager.workingGroups.list({
        scope: 'all',
        limit: 2,
        cursor,
      });
      seen.push(...page.items.map((g) => g.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(7);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => (a < b ? -1 : 1))).toEqual(seen);
  });
});

describe('workingGroups.create', () => {
  const expected: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'FORBIDDEN',
    observer: 'FORBIDDEN',
    member: 'FORBIDDEN',
    chair: 'FORBIDDEN',
    management: 'OK',
    admin: 'OK',
  };
  it.each(roleNames)('as %s', async (role) => {
    const result = await outcome(() =>
      caller(role).workingGroups.create({
        name: `Nieuwe groep door ${role}`,
        theme: 'Samen oefenen',
        organisationIds: [defensieId, politieId],
        chairUserId: f.chair.userId,
      }),
    );
    expect(result).toBe(expected[role]);
  });

  it('makes the chosen chair the first chair and audits it', async () => {
    const group = await caller('management').workingGroups.create({
      name: 'Groep met voorzitter',
      theme: 'Drones bij zoekacties',
      organisationIds: [defensieId, politieId],
      chairUserId: f.member.userId,
    });
    const detail = await caller('member').workingGroups.get({ id: group.id });
    expect(detail.myRole).toBe('chair');
    const history = await caller('member').audit.list({ groupId: group.id });
    expect(history.items.map((e) => `${e.entityType}:${e.action}`).sort()).toEqual([
      'membership:create',
      'working_group:create',
    ]);
    expect(history.items.every((e) => e.actorName === 'Manager Mark')).toBe(true);
  });

  it('refuses a marking above the ceiling and stores nothing', async () => {
    const before = await caller('admin').workingGroups.list({ scope: 'all', limit: 100 });
    await expect(
      caller('admin').workingGroups.create({
        name: 'Te hoog gerubriceerd',
        theme: 'x',
        organisationIds: [defensieId],
        chairUserId: f.chair.userId,
        classification: 'DEPARTEMENTAAL_VERTROUWELIJK',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'CLASSIFICATION_ABOVE_CEILING' });
    const after = await caller('admin').workingGroups.list({ scope: 'all', limit: 100 });
    expect(after.items.length).toBe(before.items.length);
  });

  it('refuses a chair whose organisation does not take part', async () => {
    await expect(
      caller('admin').workingGroups.create({
        name: 'Zonder OM',
        theme: 'x',
        organisationIds: [defensieId],
        chairUserId: f.omUser.userId,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('rejects invalid input with field keys', async () => {
    await expect(
      caller('admin').workingGroups.create({ name: '  ', theme: '', organisationIds: [], chairUserId: f.chair.userId }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('workingGroups.update', () => {
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
    const version = await currentVersion(f.groupId);
    const result = await outcome(() =>
      caller(role).workingGroups.update({
        id: f.groupId,
        version,
        name: 'Groep Alfa',
        theme: `Thema bijgewerkt door ${role}`,
        description: '',
        organisationIds: [defensieId, politieId],
        classification: 'ONGERUBRICEERD',
      }),
    );
    expect(result).toBe(expected[role]);
  });

  it('refuses a stale version with the conflict message and changes nothing', async () => {
    const version = await currentVersion(f.groupId);
    await caller('chair').workingGroups.update({
      id: f.groupId,
      version,
      name: 'Groep Alfa',
      theme: 'Eerste wijziging',
      description: '',
      organisationIds: [defensieId, politieId],
      classification: 'ONGERUBRICEERD',
    });
    const auditBefore = await caller('chair').audit.list({ groupId: f.groupId, limit: 100 });
    await expect(
      caller('admin').workingGroups.update({
        id: f.groupId,
        version,
        name: 'Groep Alfa',
        theme: 'Tweede, verouderde wijziging',
        description: '',
        organisationIds: [defensieId, politieId],
        classification: 'ONGERUBRICEERD',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'VERSION_CONFLICT' });
    const group = await caller('chair').workingGroups.get({ id: f.groupId });
    expect(group.theme).toBe('Eerste wijziging');
    expect(group.version).toBe(version + 1);
    const auditAfter = await caller('chair').audit.list({ groupId: f.groupId, limit: 100 });
    expect(auditAfter.items.length).toBe(auditBefore.items.length);
  });

  it('refuses dropping an organisation that still has members', async () => {
    const version = await currentVersion(f.groupId);
    await expect(
      caller('chair').workingGroups.update({
        id: f.groupId,
        version,
        name: 'Groep Alfa',
        theme: 'x',
        description: '',
        organisationIds: [defensieId],
        classification: 'ONGERUBRICEERD',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('workingGroups.changeStatus', () => {
  it('lets the chair archive and reopen, and blocks edits while archived', async () => {
    const groupId = await h.createGroup({
      name: 'Statusgroep',
      organisations: ['DEFENSIE'],
      members: [
        [f.chair, 'chair'],
        [f.observer, 'member'],
      ],
    });
    const chair = caller('chair');
    expect(
      await outcome(() =>
        caller('observer').workingGroups.changeStatus({ id: groupId, version: 1, status: 'gearchiveerd' }),
      ),
    ).toBe('FORBIDDEN');
    const archived = await chair.workingGroups.changeStatus({ id: groupId, version: 1, status: 'gearchiveerd' });
    expect(archived.status).toBe('gearchiveerd');
    await expect(
      chair.workingGroups.update({
        id: groupId,
        version: archived.version,
        name: 'x',
        theme: 'y',
        description: '',
        organisationIds: [defensieId],
        classification: 'ONGERUBRICEERD',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'GROUP_ARCHIVED' });
    await expect(
      chair.workingGroups.changeStatus({ id: groupId, version: archived.version, status: 'afgerond' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const reopened = await chair.workingGroups.changeStatus({
      id: groupId,
      version: archived.version,
      status: 'actief',
    });
    expect(reopened.status).toBe('actief');
  });
});
