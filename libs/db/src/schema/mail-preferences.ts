import { pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { mailPreferences, type MailLocale } from '@srw/domain';
import { users } from './users';

export const mailPreferenceEnum = pgEnum('mail_preference', mailPreferences);

/** A person's choice of e-mail (no row: the default, the daily digest, in Dutch). */
export const userMailPreferences = pgTable('user_mail_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  preference: mailPreferenceEnum('preference').notNull(),
  /** The language of the person's mails: the one they used when they last chose. */
  locale: text('locale').$type<MailLocale>().notNull().default('nl'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export type UserMailPreferenceRow = typeof userMailPreferences.$inferSelect;
