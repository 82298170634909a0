import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { exercises } from './exercises';
import { legalBases } from './legal-bases';
import { organisations } from './organisations';
import { injectDeliveryStatusEnum } from './scenario-enums';
import { users } from './users';

/** One event of an exercise's master scenario events list (MSEL). */
export const exerciseInjects = pgTable(
  'exercise_injects',
  {
    ...editableColumns(),
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => exercises.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    offsetMinutes: integer('offset_minutes').notNull(),
    fromParty: text('from_party').notNull(),
    toParty: text('to_party').notNull(),
    message: text('message').notNull(),
    expectedAction: text('expected_action').notNull().default(''),
    responsibleOrganisationId: uuid('responsible_organisation_id').references(() => organisations.id),
    legalBasisId: uuid('legal_basis_id').references(() => legalBases.id),
    /** On the exercise day: planned, delivered (with time and who), delayed or skipped (with a reason). */
    deliveryStatus: injectDeliveryStatusEnum('delivery_status').notNull().default('planned'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    deliveredBy: uuid('delivered_by').references(() => users.id, { onDelete: 'set null' }),
    deliveryReason: text('delivery_reason').notNull().default(''),
    /** Added on the day rather than planned. */
    adHoc: boolean('ad_hoc').notNull().default(false),
  },
  (table) => [index('exercise_injects_exercise_idx').on(table.exerciseId, table.position)],
);

export type ExerciseInjectRow = typeof exerciseInjects.$inferSelect;
