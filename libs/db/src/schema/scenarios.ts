import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { cooperationLevels } from './cooperation-levels';
import { classificationEnum } from './enums';
import { scenarioStatusEnum, threatTypeEnum } from './scenario-enums';
import { workingGroups } from './working-groups';

/** A reusable hypothetical security issue a working group plans exercises on. */
export const scenarios = pgTable(
  'scenarios',
  {
    ...editableColumns(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    problemStatement: text('problem_statement').notNull(),
    threatType: threatTypeEnum('threat_type').notNull(),
    cooperationLevel: text('cooperation_level')
      .notNull()
      .references(() => cooperationLevels.code),
    classification: classificationEnum('classification').notNull().default('ONGERUBRICEERD'),
    status: scenarioStatusEnum('status').notNull().default('concept'),
  },
  (table) => [
    index('scenarios_group_title_idx').on(table.groupId, table.title, table.id),
    index('scenarios_title_idx').on(table.title, table.id),
  ],
);

export type ScenarioRow = typeof scenarios.$inferSelect;
