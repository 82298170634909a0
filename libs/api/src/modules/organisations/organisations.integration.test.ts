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

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));
const adminOnly = adminOnlyOutcomes;

describe('organisations', () => {
  it.each(roleNames)('list as %s', async (role) => {
    expect(await outcome(() => caller(role).organisations.list())).toBe(role === 'anonymous' ? 'UNAUTHORIZED' : 'OK');
  });

  it.each(roleNames)('create as %s', async (role) => {
    expect(
      await outcome(() =>
        caller(role).organisations.create({ code: `ORG_${role.toUpperCase()}`, name: `Organisatie ${role}` }),
      ),
    ).toBe(adminOnly[role]);
  });

  it('adds an organisation under a parent and refuses a duplicate code', async () => {
    const created = await caller('admin').organisations.create({ code: 'dji', name: 'Dienst Justitiële Inrichtingen' });
    expect(created.code).toBe('DJI');
    expect(await outcome(() => caller('admin').organisations.create({ code: 'DJI', name: 'Nog eens' }))).toBe(
      'CONFLICT',
    );
    const list = await caller('member').organisations.list();
    expect(list.map((o) => o.code)).toEqual(expect.arrayContaining(['DEFENSIE', 'POLITIE', 'KMAR', 'OM', 'DJI']));
    const kmar = list.find((o) => o.code === 'KMAR');
    const defensie = list.find((o) => o.code === 'DEFENSIE');
    expect(kmar?.parentId).toBe(defensie?.id);
  });

  it('refuses a parent code that names no organisation, on the field', async () => {
    await expect(
      caller('admin').organisations.create({ code: 'ZWEVEND', name: 'Zwevend', parentCode: 'ONBEKEND' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'UNKNOWN_ORGANISATION',
    });
    expect((await caller('admin').organisations.list()).map((o) => o.code)).not.toContain('ZWEVEND');
  });
});

describe('organisations.update', () => {
  it.each(roleNames)('as %s', async (role) => {
    const organisation = await caller('admin').organisations.create({
      code: `HERNOEM_${role.toUpperCase()}`,
      name: 'Voor',
    });
    const result = await outcome(() =>
      caller(role).organisations.update({ id: organisation.id, version: organisation.version, name: 'Na' }),
    );
    expect(result).toBe(adminOnly[role]);
  });

  it('renames with the version it read, audits it, and refuses a stale version', async () => {
    const organisation = await caller('admin').organisations.create({ code: 'RWS', name: 'Rijkswaterstaat' });
    const renamed = await caller('admin').organisations.update({
      id: organisation.id,
      version: organisation.version,
      name: 'Rijkswaterstaat (RWS)',
    });
    expect(renamed).toMatchObject({ name: 'Rijkswaterstaat (RWS)', version: organisation.version + 1, code: 'RWS' });
    expect(
      await outcome(() =>
        caller('admin').organisations.update({ id: organisation.id, version: organisation.version, name: 'Oud' }),
      ),
    ).toBe('CONFLICT');
    const history = await caller('admin').audit.list({ entityId: organisation.id });
    expect(history.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(history.items[0]?.after).toMatchObject({ name: 'Rijkswaterstaat (RWS)' });
  });

  it('answers NOT_FOUND for an organisation that does not exist', async () => {
    expect(
      await outcome(() =>
        caller('admin').organisations.update({
          id: '6f1c2d7e-0000-4000-8000-00000000dead',
          version: 1,
          name: 'Niemand',
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});
