import { date, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { extensionStatuses } from '@srw/domain';
import { editableColumns } from './columns';
import { placements } from './placements';
import { users } from './users';

export const placementExtensionStatusEnum = pgEnum('placement_extension_status', extensionStatuses);

/** Requests to move a placement's end date, each decided once. */
export const placementExtensions = pgTable(
  'placement_extensions',
  {
    ...editableColumns(),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => placements.id, { onDelete: 'cascade' }),
    previousEndDate: date('previous_end_date', { mode: 'string' }).notNull(),
    requestedEndDate: date('requested_end_date', { mode: 'string' }).notNull(),
    rationale: text('rationale').notNull(),
    /** Set when an admin filed the request after the notice deadline. */
    overrideReason: text('override_reason'),
    status: placementExtensionStatusEnum('status').notNull().default('aangevraagd'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decisionNote: text('decision_note').notNull().default(''),
  },
  (table) => [index('placement_extensions_placement_idx').on(table.placementId)],
);

export type PlacementExtensionRow = typeof placementExtensions.$inferSelect;
export type NewPlacementExtensionRow = typeof placementExtensions.$inferInsert;
