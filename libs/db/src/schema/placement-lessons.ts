import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { placements } from './placements';
import { recommendations } from './recommendations';

/** Lessons from a debrief; `recommendation_id` is the recommendation a lesson became. */
export const placementLessons = pgTable(
  'placement_lessons',
  {
    ...editableColumns(),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => placements.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    lesson: text('lesson').notNull(),
    recommendationId: uuid('recommendation_id').references(() => recommendations.id, { onDelete: 'set null' }),
  },
  (table) => [index('placement_lessons_placement_idx').on(table.placementId, table.position)],
);

export type PlacementLessonRow = typeof placementLessons.$inferSelect;
export type NewPlacementLessonRow = typeof placementLessons.$inferInsert;
