import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from './columns';
import { users } from './users';
import { workingGroups } from './working-groups';

/**
 * A subscribable calendar feed of a group's exercises for one user. Calendar
 * programs cannot sign in, so the feed URL carries a random token; only its
 * SHA-256 hash is stored. One feed per user and group: a new token replaces
 * the old one. The feed answers only while the user may still read the group.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [uniqueIndex('calendar_feeds_user_group_uq').on(table.userId, table.groupId)],
);

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;
