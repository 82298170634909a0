import {
  findIdentityProviderBySlug,
  findOrganisationById,
  insertIdentityProvider,
  updateIdentityProviderRow,
  findIdentityProviderById,
  type IdentityProviderRow,
} from '@srw/db';
import {
  assertCanManageIdentityProviders,
  assertExpectedVersion,
  DomainError,
  identityProviderErrors,
  type Actor,
  type CreateIdentityProviderInput,
  type UpdateIdentityProviderInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { Context } from '../../context';
import { encryptProviderSecret } from './provider-secret';

type WriteContext = Pick<Context, 'db' | 'origin' | 'auth'>;

/** The secret never goes into the audit trail or back to the browser. */
function auditView(row: IdentityProviderRow) {
  const { clientSecretEncrypted: _secret, ...rest } = row;
  return rest;
}

/** The key comes from the auth secret the running auth instance uses, so sign-in can decrypt it. */
async function encrypt(ctx: WriteContext, plain: string): Promise<string> {
  const authContext = await ctx.auth.$context;
  return encryptProviderSecret(authContext.secret, plain);
}

async function assertOrganisationExists(ctx: WriteContext, organisationId: string) {
  if (!(await findOrganisationById(ctx.db, organisationId))) {
    throw new DomainError('UNKNOWN_ORGANISATION', { field: 'organisationId' });
  }
}

export async function createProvider(ctx: WriteContext, actor: Actor, input: CreateIdentityProviderInput) {
  assertCanManageIdentityProviders(actor);
  await assertOrganisationExists(ctx, input.organisationId);
  if (await findIdentityProviderBySlug(ctx.db, input.slug)) {
    throw new DomainError(identityProviderErrors.PROVIDER_SLUG_IN_USE, { field: 'slug' });
  }
  const { clientSecret, ...values } = input;
  const clientSecretEncrypted = await encrypt(ctx, clientSecret);
  return ctx.db.transaction(async (tx) => {
    const created = await insertIdentityProvider(tx, { ...values, clientSecretEncrypted, createdBy: actor.userId });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'identity_provider',
      entityId: created.id,
      after: auditView(created),
    });
    return auditView(created);
  });
}

/** Changes, enables or disables a provider; an empty secret keeps the stored one. */
export async function updateProvider(ctx: WriteContext, actor: Actor, input: UpdateIdentityProviderInput) {
  assertCanManageIdentityProviders(actor);
  await assertOrganisationExists(ctx, input.organisationId);
  const { clientSecret, id, version, ...values } = input;
  const clientSecretEncrypted = clientSecret === '' ? undefined : await encrypt(ctx, clientSecret);
  return ctx.db.transaction(async (tx) => {
    const current = await findIdentityProviderById(tx, id, { lock: true });
    if (!current) throw new DomainError('NOT_FOUND');
    assertExpectedVersion(version, current.version);
    const updated = await updateIdentityProviderRow(tx, id, version, {
      ...values,
      ...(clientSecretEncrypted ? { clientSecretEncrypted } : {}),
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'identity_provider',
      entityId: id,
      before: auditView(current),
      after: { ...auditView(updated), ...(clientSecretEncrypted ? { clientSecretChanged: true } : {}) },
    });
    return auditView(updated);
  });
}
