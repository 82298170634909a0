import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { auditEvents } from './audit-events';
import { idColumn } from './columns';
import { users } from './users';

/**
 * The notification log: one row per person per audited change they follow
 * (a record in one of their groups), written with the audit event. What it says
 * is read from the audit event; here only whether the person has read it.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    auditEventId: uuid('audit_event_id')
      .notNull()
      .references(() => auditEvents.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [index('notifications_user_idx').on(table.userId, table.createdAt)],
);

export type NotificationRow = typeof notifications.$inferSelect;
