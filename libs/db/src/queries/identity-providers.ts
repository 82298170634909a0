import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { identityProviders, organisations, users, type IdentityProviderRow } from '../schema';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

export type IdentityProviderValues = Pick<
  typeof identityProviders.$inferInsert,
  | 'organisationId'
  | 'label'
  | 'issuer'
  | 'clientId'
  | 'clientSecretEncrypted'
  | 'scopes'
  | 'emailClaim'
  | 'nameClaim'
  | 'allowAccountCreation'
  | 'mfaAmrValues'
  | 'mfaAcrValues'
  | 'enabled'
>;

/** Every column but the secret: what the admin page lists. */
const publicColumns = {
  id: identityProviders.id,
  slug: identityProviders.slug,
  organisationId: identityProviders.organisationId,
  organisationName: organisations.name,
  label: identityProviders.label,
  issuer: identityProviders.issuer,
  clientId: identityProviders.clientId,
  scopes: identityProviders.scopes,
  emailClaim: identityProviders.emailClaim,
  nameClaim: identityProviders.nameClaim,
  allowAccountCreation: identityProviders.allowAccountCreation,
  mfaAmrValues: identityProviders.mfaAmrValues,
  mfaAcrValues: identityProviders.mfaAcrValues,
  enabled: identityProviders.enabled,
  version: identityProviders.version,
  updatedAt: identityProviders.updatedAt,
};

export async function listIdentityProviders(db: Executor) {
  return db
    .select(publicColumns)
    .from(identityProviders)
    .innerJoin(organisations, eq(organisations.id, identityProviders.organisationId))
    .orderBy(asc(identityProviders.label), asc(identityProviders.id));
}

/** The enabled providers as the sign-in page shows them: slug and label, nothing else. */
export async function listSignInProviders(db: Executor) {
  return db
    .select({ slug: identityProviders.slug, label: identityProviders.label })
    .from(identityProviders)
    .where(eq(identityProviders.enabled, true))
    .orderBy(asc(identityProviders.label), asc(identityProviders.slug));
}

/** Every provider with its encrypted secret: only the sign-in machinery reads this. */
export async function listIdentityProvidersForSignIn(db: Executor): Promise<IdentityProviderRow[]> {
  return db.select().from(identityProviders).orderBy(asc(identityProviders.slug));
}

/**
 * A cheap fingerprint of the providers table: it changes with every insert and
 * versioned update, so each app instance can tell that its sign-in setup is stale.
 */
export async function identityProvidersFingerprint(db: Executor): Promise<string> {
  const [row] = await db
    .select({
      n: sql<number>`count(*)::int`,
      versions: sql<number>`coalesce(sum(${identityProviders.version}), 0)::int`,
      latest: sql<string>`coalesce(max(${identityProviders.updatedAt})::text, '')`,
    })
    .from(identityProviders);
  return row ? `${row.n}:${row.versions}:${row.latest}` : '0';
}

export async function findIdentityProviderById(
  db: Executor,
  id: string,
  options: FindOptions = {},
): Promise<IdentityProviderRow | null> {
  return findRowById(db, identityProviders, id, options);
}

export async function findIdentityProviderBySlug(db: Executor, slug: string): Promise<IdentityProviderRow | null> {
  const [row] = await db.select().from(identityProviders).where(eq(identityProviders.slug, slug));
  return row ?? null;
}

export async function insertIdentityProvider(
  db: Executor,
  values: IdentityProviderValues & { slug: string; createdBy: string | null },
): Promise<IdentityProviderRow> {
  const [row] = await db.insert(identityProviders).values(values).returning();
  if (!row) throw new Error('insert identity_providers returned no row');
  return row;
}

export async function updateIdentityProviderRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<IdentityProviderValues>,
): Promise<IdentityProviderRow> {
  return updateVersioned(db, identityProviders, id, expectedVersion, values);
}

/** The account a federated sign-in concerns, by id or by (case-insensitive) e-mail address. */
export async function findFederationAccount(db: Executor, by: { id?: string; email?: string }) {
  const where = by.id ? eq(users.id, by.id) : sql`lower(${users.email}) = lower(${by.email ?? ''})`;
  const [row] = await db
    .select({ id: users.id, email: users.email, organisationId: users.organisationId, active: users.active })
    .from(users)
    .where(where);
  return row ?? null;
}
