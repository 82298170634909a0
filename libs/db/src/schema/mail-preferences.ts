import { pgEnum, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { mailPreferences } from '@srw/domain';
import { users } from './users';

export const mailPreferenceEnum = pgEnum('mail_preference', mailPreferences);

/** A person's choice of e-mail (no row: the default, the daily digest). */
export const userMailPreferences = pgTable('user_mail_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  preference: mailPreferenceEnum('preference').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export type UserMailPreferenceRow = typeof userMailPreferences.$inferSelect;
