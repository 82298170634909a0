import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { conditionNodes } from './condition-nodes';
import { scenarios } from './scenarios';

/** The Triad conditions a scenario exercises. */
export const scenarioConditions = pgTable(
  'scenario_conditions',
  {
    scenarioId: uuid('scenario_id')
      .notNull()
      .references(() => scenarios.id, { onDelete: 'cascade' }),
    conditionId: text('condition_id')
      .notNull()
      .references(() => conditionNodes.id),
  },
  (table) => [primaryKey({ columns: [table.scenarioId, table.conditionId] })],
);
