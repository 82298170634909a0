import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { identityProviders } from './identity-providers';
import { users } from './users';

/** better-auth's `session` model: sessions live in the database so app instances share them. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /**
     * Ours (issue 13): the session was created by giving a TOTP or recovery code
     * (or confirmed with one later). Set through the session's `additionalFields`.
     */
    secondFactorVerified: boolean('second_factor_verified').notNull().default(false),
    /** Ours: last use, written at most once per few minutes (`touchIntervalMinutes`); the idle timeout reads it. */
    lastActiveAt: timestamp('last_active_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    // Sign-in through an organisation's provider (issue 13, OIDC): which provider, null for a password sign-in.
    identityProviderId: uuid('identity_provider_id').references(() => identityProviders.id, { onDelete: 'set null' }),
    /** The provider's `amr`/`acr` counted as a second factor under that provider's setting. */
    providerMfa: boolean('provider_mfa').notNull().default(false),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);
