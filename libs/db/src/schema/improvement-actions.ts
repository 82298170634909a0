import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { exerciseObservations } from './exercise-observations';
import { exercises } from './exercises';
import { organisations } from './organisations';
import { recommendations } from './recommendations';

/** The improvement plan: an action that follows from an area for improvement. */
export const improvementActions = pgTable(
  'improvement_actions',
  {
    ...editableColumns(),
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => exercises.id, { onDelete: 'cascade' }),
    observationId: uuid('observation_id')
      .notNull()
      .references(() => exerciseObservations.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    owner: text('owner').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id),
    dueDate: date('due_date', { mode: 'string' }),
    /** The recommendation this action became in the recommendations register. */
    recommendationId: uuid('recommendation_id').references(() => recommendations.id, { onDelete: 'set null' }),
  },
  (table) => [
    index('improvement_actions_exercise_idx').on(table.exerciseId),
    index('improvement_actions_observation_idx').on(table.observationId),
  ],
);

export type ImprovementActionRow = typeof improvementActions.$inferSelect;
