import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findIdentityProviderBySlug, findOrganisationByCode } from '@srw/db';
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
import { decryptProviderSecret } from './provider-secret';

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
const input = (slug: string) => ({
  slug,
  organisationId: politieId,
  label: `Inloggen via ${slug}`,
  issuer: 'https://login.politie.example/realms/srw',
  clientId: 'samenwerkingsruimte',
  clientSecret: 'heel-geheim-1',
  mfaAmrValues: ['mfa'],
});

describe('identityProviders', () => {
  it.each(roleNames)('list as %s', async (role) => {
    expect(await outcome(() => caller(role).identityProviders.list())).toBe(adminOnlyOutcomes[role]);
  });

  it.each(roleNames)('create as %s', async (role) => {
    expect(await outcome(() => caller(role).identityProviders.create(input(`p-${role}`)))).toBe(
      adminOnlyOutcomes[role],
    );
  });

  it.each(roleNames)('update as %s', async (role) => {
    const created = await caller('admin').identityProviders.create(input(`u-${role}`));
    const { slug: _slug, ...fields } = input(`u-${role}`);
    expect(
      await outcome(() =>
        caller(role).identityProviders.update({
          ...fields,
          id: created.id,
          version: created.version,
          clientSecret: '',
          enabled: false,
        }),
      ),
    ).toBe(adminOnlyOutcomes[role]);
  });

  it('stores the secret encrypted, never returns or audits it, and keeps it on an update without one', async () => {
    const created = await caller('admin').identityProviders.create(input('politie-echt'));
    expect(JSON.stringify(created)).not.toContain('heel-geheim');
    const list = await caller('admin').identityProviders.list();
    const listed = list.find((p) => p.slug === 'politie-echt');
    expect(listed).toMatchObject({
      organisationName: expect.any(String),
      redirectUri: 'http://localhost:3000/api/auth/callback/politie-echt',
      allowAccountCreation: false,
    });
    expect(JSON.stringify(list)).not.toMatch(/heel-geheim|clientSecret/);

    const stored = await findIdentityProviderBySlug(h.handle.db, 'politie-echt');
    expect(stored?.clientSecretEncrypted).not.toContain('heel-geheim');
    expect(decryptProviderSecret(h.config.authSecret, stored?.clientSecretEncrypted ?? '')).toBe('heel-geheim-1');

    const { slug: _slug, ...fields } = input('politie-echt');
    const updated = await caller('admin').identityProviders.update({
      ...fields,
      id: created.id,
      version: created.version,
      label: 'Inloggen via Politie',
      clientSecret: '',
    });
    expect(updated.version).toBe(created.version + 1);
    const kept = await findIdentityProviderBySlug(h.handle.db, 'politie-echt');
    expect(decryptProviderSecret(h.config.authSecret, kept?.clientSecretEncrypted ?? '')).toBe('heel-geheim-1');

    await caller('admin').identityProviders.update({
      ...fields,
      id: created.id,
      version: updated.version,
      clientSecret: 'nieuw-geheim',
    });
    const changed = await findIdentityProviderBySlug(h.handle.db, 'politie-echt');
    expect(decryptProviderSecret(h.config.authSecret, changed?.clientSecretEncrypted ?? '')).toBe('nieuw-geheim');

    const history = await caller('admin').audit.list({ entityId: created.id });
    expect(history.items.map((e) => e.action)).toEqual(['update', 'update', 'create']);
    expect(JSON.stringify(history.items)).not.toMatch(/heel-geheim|nieuw-geheim|clientSecretEncrypted/);
  });

  it('refuses a stale version, a slug in use, an unknown organisation and bad input with 4xx', async () => {
    const created = await caller('admin').identityProviders.create(input('conflict'));
    const { slug: _slug, ...fields } = input('conflict');
    await caller('admin').identityProviders.update({
      ...fields,
      id: created.id,
      version: created.version,
      clientSecret: '',
    });
    expect(
      await outcome(() =>
        caller('admin').identityProviders.update({
          ...fields,
          id: created.id,
          version: created.version,
          clientSecret: '',
        }),
      ),
    ).toBe('CONFLICT');
    await expect(caller('admin').identityProviders.create(input('conflict'))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'PROVIDER_SLUG_IN_USE',
    });
    expect(
      await outcome(() =>
        caller('admin').identityProviders.create({
          ...input('zwevend'),
          organisationId: '6f1c2d7e-0000-4000-8000-00000000dead',
        }),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await outcome(() =>
        caller('admin').identityProviders.create({ ...input('slecht'), issuer: 'javascript:alert(1)' }),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await outcome(() =>
        caller('admin').identityProviders.update({
          ...fields,
          id: '6f1c2d7e-0000-4000-8000-00000000dead',
          version: 1,
          clientSecret: '',
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});
