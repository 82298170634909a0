import { boolean, index, integer, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { globalRoleEnum } from './enums';
import { organisations } from './organisations';

/**
 * Accounts. The first columns are the ones better-auth reads and writes (its
 * `user` model); the rest are ours. Users are deactivated, never deleted.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email').notNull().unique(),
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdBy: uuid('created_by').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    organisationId: uuid('organisation_id')
      .notNull()
      .references((): AnyPgColumn => organisations.id),
    globalRole: globalRoleEnum('global_role').notNull().default('member'),
    active: boolean('active').notNull().default(true),
    /** better-auth's two-factor plugin: a confirmed TOTP second factor (row in `two_factors`). */
    twoFactorEnabled: boolean('two_factor_enabled').notNull().default(false),
  },
  (table) => [
    index('users_organisation_idx').on(table.organisationId),
    index('users_name_idx').on(table.name, table.id),
  ],
);

export type UserRow = typeof users.$inferSelect;
