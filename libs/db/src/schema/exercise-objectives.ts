import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { exercises } from './exercises';

/** What an exercise sets out to test, each linked to Triad conditions. */
export const exerciseObjectives = pgTable(
  'exercise_objectives',
  {
    ...editableColumns(),
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => exercises.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    /** Condition node ids; validated against condition_nodes by the service. */
    conditionIds: text('condition_ids').array().notNull().default([]),
  },
  (table) => [index('exercise_objectives_exercise_idx').on(table.exerciseId, table.position)],
);

export type ExerciseObjectiveRow = typeof exerciseObjectives.$inferSelect;
