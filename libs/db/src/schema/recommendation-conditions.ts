import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { conditionNodes } from './condition-nodes';
import { recommendations } from './recommendations';

/** The Triad indicators a recommendation addresses. */
export const recommendationConditions = pgTable(
  'recommendation_conditions',
  {
    recommendationId: uuid('recommendation_id')
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    conditionId: text('condition_id')
      .notNull()
      .references(() => conditionNodes.id),
  },
  (table) => [
    primaryKey({ columns: [table.recommendationId, table.conditionId] }),
    index('recommendation_conditions_condition_idx').on(table.conditionId),
  ],
);
