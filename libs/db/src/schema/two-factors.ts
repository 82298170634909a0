import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * better-auth's `twoFactor` model (two-factor plugin): one row per account with
 * a TOTP second factor. `secret` and `backup_codes` are encrypted by the plugin
 * with the auth secret (`symmetricEncrypt`): the TOTP key and the recovery codes
 * never sit in the database as plain text. `verified` is false between starting
 * and confirming enrolment.
 */
export const twoFactors = pgTable(
  'two_factors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    secret: text('secret').notNull(),
    backupCodes: text('backup_codes').notNull(),
    userId: uuid('user_id')
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: 'cascade' }),
    verified: boolean('verified').notNull().default(true),
    /** Consecutive wrong codes at sign-in; the plugin locks the factor for 15 minutes after 10. */
    failedVerificationCount: integer('failed_verification_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  },
  (table) => [index('two_factors_secret_idx').on(table.secret)],
);

export type TwoFactorRow = typeof twoFactors.$inferSelect;
