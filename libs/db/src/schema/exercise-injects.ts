import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { exercises } from './exercises';
import { legalBases } from './legal-bases';
import { organisations } from './organisations';

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
  },
  (table) => [index('exercise_injects_exercise_idx').on(table.exerciseId, table.position)],
);

export type ExerciseInjectRow = typeof exerciseInjects.$inferSelect;
