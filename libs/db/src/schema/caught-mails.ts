import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { idColumn } from './columns';

/** Mails caught by the local SMTP catcher of `npm start` on the embedded database: admins read them in the app. */
export const caughtMails = pgTable(
  'caught_mails',
  {
    id: idColumn(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    fromAddress: text('from_address').notNull().default(''),
    toAddress: text('to_address').notNull().default(''),
    subject: text('subject').notNull().default(''),
    text: text('text').notNull().default(''),
    html: text('html').notNull().default(''),
  },
  (table) => [index('caught_mails_received_idx').on(table.receivedAt)],
);

export type CaughtMailRow = typeof caughtMails.$inferSelect;
