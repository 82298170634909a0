import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Who has which record open ("ook open bij"): one row per person and record,
 * its `seen_at` renewed by the page's heartbeat. In the database, not in a
 * process, so every app instance sees the same people; rows older than the
 * presence window simply no longer count and are swept by later heartbeats.
 */
export const recordPresence = pgTable(
  'record_presence',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The live topic kind of the record (`glossaryTerm`, `decision`, …). */
    recordKind: text('record_kind').notNull(),
    recordId: uuid('record_id').notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.recordKind, table.recordId] }),
    index('record_presence_record_idx').on(table.recordKind, table.recordId, table.seenAt),
  ],
);

export type RecordPresenceRow = typeof recordPresence.$inferSelect;
