import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workingGroups } from './working-groups';

/**
 * Append-only audit trail, written in the same transaction as the change it
 * records. The app has no code path that updates or deletes these rows.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** The working group the record belongs to, so a chair can read its history. */
    groupId: uuid('group_id').references(() => workingGroups.id, { onDelete: 'set null' }),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown> | null>(),
    originIp: text('origin_ip'),
    originUserAgent: text('origin_user_agent'),
  },
  (table) => [
    index('audit_events_group_idx').on(table.groupId, table.occurredAt),
    index('audit_events_entity_idx').on(table.entityType, table.entityId),
    index('audit_events_occurred_idx').on(table.occurredAt, table.id),
  ],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
