import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { mailKinds, mailStatuses } from '@srw/domain';
import { idColumn } from './columns';
import { users } from './users';

export const mailKindEnum = pgEnum('mail_kind', mailKinds);
export const mailStatusEnum = pgEnum('mail_status', mailStatuses);

/**
 * The outbox: every mail the app decided to send. `dedupe_key` is unique, so
 * two app instances that decide the same reminder write one row, and only the
 * one that wrote it queues the send job.
 */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: idColumn(),
    dedupeKey: text('dedupe_key').notNull(),
    kind: mailKindEnum('kind').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    status: mailStatusEnum('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    uniqueIndex('mail_messages_dedupe_uq').on(table.dedupeKey),
    index('mail_messages_created_idx').on(table.createdAt),
  ],
);

export type MailMessageRow = typeof mailMessages.$inferSelect;
