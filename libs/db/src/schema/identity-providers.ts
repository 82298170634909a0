import { boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { organisations } from './organisations';

/**
 * An organisation's OpenID Connect provider, configured by an admin. The
 * client secret is stored encrypted (AES-256-GCM with a key derived from the
 * auth secret, `libs/api/src/modules/identity-providers/provider-secret.ts`)
 * and never leaves the server.
 */
export const identityProviders = pgTable(
  'identity_providers',
  {
    ...editableColumns(),
    /** better-auth's provider id and the last part of the redirect URI. */
    slug: text('slug').notNull().unique(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    label: text('label').notNull(),
    issuer: text('issuer').notNull(),
    clientId: text('client_id').notNull(),
    clientSecretEncrypted: text('client_secret_encrypted').notNull(),
    scopes: text('scopes').notNull().default('openid email profile'),
    emailClaim: text('email_claim').notNull().default('email'),
    nameClaim: text('name_claim').notNull().default('name'),
    allowAccountCreation: boolean('allow_account_creation').notNull().default(false),
    /** amr values (RFC 8176) that count as a second factor. */
    mfaAmrValues: text('mfa_amr_values').array().notNull().default([]),
    /** acr values that count as a second factor. */
    mfaAcrValues: text('mfa_acr_values').array().notNull().default([]),
    enabled: boolean('enabled').notNull().default(true),
  },
  (table) => [index('identity_providers_organisation_idx').on(table.organisationId)],
);

export type IdentityProviderRow = typeof identityProviders.$inferSelect;
