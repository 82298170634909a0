import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationByCode } from '@srw/db';
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
let politieId: string;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
  politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));
const adminOnly = adminOnlyOutcomes;

describe('users', () => {
  it.each(roleNames)('list as %s', async (role) => {
    expect(await outcome(() => caller(role).users.list({}))).toBe(adminOnly[role]);
  });

  it.each(roleNames)('create as %s', async (role) => {
    const result = await outcome(() =>
      caller(role).users.create({
        name: `Nieuw via ${role}`,
        email: `nieuw.${role}@politie.example`,
        organisationId: politieId,
        password: 'een-lang-wachtwoord',
        globalRole: 'member',
      }),
    );
    expect(result).toBe(adminOnly[role]);
  });

  it.each(roleNames)('update and setActive as %s', async (role) => {
    const target = await h.createUser({ name: `Doel ${role}`, organisation: 'POLITIE' });
    expect(
      await outcome(() =>
        caller(role).users.update({
          id: target.userId,
          version: 1,
          name: 'Hernoemd',
          organisationId: politieId,
          globalRole: 'member',
        }),
      ),
    ).toBe(adminOnly[role]);
    const version = role === 'admin' ? 2 : 1;
    expect(await outcome(() => caller(role).users.setActive({ id: target.userId, version, active: false }))).toBe(
      adminOnly[role],
    );
  });

  it.each(roleNames)('directory as %s', async (role) => {
    const expected =
      role === 'anonymous' ? 'UNAUTHORIZED' : role === 'admin' || role === 'management' ? 'OK' : 'FORBIDDEN';
    expect(await outcome(() => caller(role).users.directory({ search: '' }))).toBe(expected);
  });

  it('directory lists only active users, filtered by organisation, without e-mail addresses', async () => {
    const leaver = await h.createUser({ name: 'Gedeactiveerde Gijs', organisation: 'POLITIE' });
    await caller('admin').users.setActive({ id: leaver.userId, version: 1, active: false });
    const result = await caller('management').users.directory({ search: 'gijs' });
    expect(result).toEqual([]);
    const politie = await caller('management').users.directory({ search: '', organisationIds: [politieId] });
    expect(politie.length).toBeGreaterThan(0);
    expect(politie.every((u) => u.organisationCode === 'POLITIE')).toBe(true);
    expect(Object.keys(politie[0] ?? {})).not.toContain('email');
  });

  it('refuses a duplicate e-mail address, case-insensitively', async () => {
    await caller('admin').users.create({
      name: 'Eerste',
      email: 'dubbel@politie.example',
      organisationId: politieId,
      password: 'een-lang-wachtwoord',
    });
    await expect(
      caller('admin').users.create({
        name: 'Tweede',
        email: 'DUBBEL@politie.example',
        organisationId: politieId,
        password: 'een-lang-wachtwoord',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'EMAIL_IN_USE' });
  });

  it('refuses a short password', async () => {
    await expect(
      caller('admin').users.create({
        name: 'Kort',
        email: 'kort@politie.example',
        organisationId: politieId,
        password: 'kort',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('tells the admin per account what they may do, and offers no deactivation of their own', async () => {
    const leaver = await h.createUser({ name: 'Vertrekker Vince', organisation: 'POLITIE' });
    await caller('admin').users.setActive({ id: leaver.userId, version: 1, active: false });
    const page = await caller('admin').users.list({ limit: 100 });
    const permissionsOf = (id: string) => page.items.find((u) => u.id === id)?.permissions;
    expect(permissionsOf(f.member.userId)).toEqual({
      edit: true,
      activate: false,
      deactivate: true,
      resetSecondFactor: false,
      endSessions: true,
    });
    expect(permissionsOf(leaver.userId)).toEqual({
      edit: true,
      activate: true,
      deactivate: false,
      resetSecondFactor: false,
      endSessions: false,
    });
    expect(permissionsOf(f.admin.userId)).toEqual({
      edit: true,
      activate: false,
      deactivate: false,
      resetSecondFactor: false,
      endSessions: false,
    });
  });

  it('does not let an admin deactivate themselves', async () => {
    await expect(
      caller('admin').users.setActive({ id: f.admin.userId, version: 1, active: false }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('searches and pages users by name', async () => {
    const page = await caller('admin').users.list({ search: 'kandidaat' });
    expect(page.items.map((u) => u.name)).toEqual(['Kandidaat Kim']);
    const first = await caller('admin').users.list({ limit: 3 });
    expect(first.items).toHaveLength(3);
    const second = await caller('admin').users.list({ limit: 3, cursor: first.nextCursor });
    expect(second.items[0]?.name && first.items[2]?.name && second.items[0].name >= first.items[2].name).toBe(true);
    expect(second.items.map((u) => u.id)).not.toContain(first.items[0]?.id);
  });
});
