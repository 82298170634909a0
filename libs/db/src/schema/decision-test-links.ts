import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { decisionTestResultEnum } from './decision-enums';
import { decisions } from './decisions';
import { exercises } from './exercises';
import { scenarios } from './scenarios';

/** Where a decision was put to the test: exactly one scenario or one exercise. */
export const decisionTestLinks = pgTable(
  'decision_test_links',
  {
    ...editableColumns(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    scenarioId: uuid('scenario_id').references(() => scenarios.id, { onDelete: 'cascade' }),
    exerciseId: uuid('exercise_id').references(() => exercises.id, { onDelete: 'cascade' }),
    result: decisionTestResultEnum('result').notNull(),
    note: text('note').notNull().default(''),
    testedOn: date('tested_on', { mode: 'string' }),
  },
  (table) => [
    index('decision_test_links_decision_idx').on(table.decisionId),
    index('decision_test_links_scenario_idx').on(table.scenarioId),
    index('decision_test_links_exercise_idx').on(table.exerciseId),
    check('decision_test_links_one_target', sql`num_nonnulls(${table.scenarioId}, ${table.exerciseId}) = 1`),
  ],
);

export type DecisionTestLinkRow = typeof decisionTestLinks.$inferSelect;
