import { pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { organisations } from './organisations';
import { scenarios } from './scenarios';

/** How one organisation would approach a scenario's problem. */
export const scenarioPerspectives = pgTable(
  'scenario_perspectives',
  {
    ...editableColumns(),
    scenarioId: uuid('scenario_id')
      .notNull()
      .references(() => scenarios.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    mandate: text('mandate').notNull().default(''),
    capabilities: text('capabilities').notNull().default(''),
    needsFromOther: text('needs_from_other').notNull().default(''),
    chainOfCommand: text('chain_of_command').notNull().default(''),
    expectedActions: text('expected_actions').notNull().default(''),
  },
  (table) => [unique('scenario_perspectives_scenario_org_uq').on(table.scenarioId, table.organisationId)],
);

export type ScenarioPerspectiveRow = typeof scenarioPerspectives.$inferSelect;
