import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { conditionNodes } from './condition-nodes';
import { exerciseInjects } from './exercise-injects';
import { exerciseObjectives } from './exercise-objectives';
import { exercises } from './exercises';
import { recommendations } from './recommendations';
import { observationKindEnum, ratingEnum } from './scenario-enums';

/**
 * An evaluation finding: rated P/S/M/U, tied to a Triad condition (saved on the
 * exercise day without one if need be, completed in the evaluation) and optionally an objective.
 */
export const exerciseObservations = pgTable(
  'exercise_observations',
  {
    ...editableColumns(),
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => exercises.id, { onDelete: 'cascade' }),
    objectiveId: uuid('objective_id').references(() => exerciseObjectives.id, { onDelete: 'set null' }),
    /** The inject it was seen after, if any. */
    injectId: uuid('inject_id').references(() => exerciseInjects.id, { onDelete: 'set null' }),
    /** Null until chosen: "Indicator nog kiezen". */
    conditionId: text('condition_id').references(() => conditionNodes.id),
    rating: ratingEnum('rating').notNull(),
    kind: observationKindEnum('kind').notNull(),
    text: text('text').notNull(),
    /** The recommendation this observation became in the recommendations register. */
    recommendationId: uuid('recommendation_id').references(() => recommendations.id, { onDelete: 'set null' }),
  },
  (table) => [index('exercise_observations_exercise_idx').on(table.exerciseId, table.createdAt)],
);

export type ExerciseObservationRow = typeof exerciseObservations.$inferSelect;
