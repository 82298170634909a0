import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { workingGroups } from './working-groups';

/** A working group's dated samenwerkingsscan: it scores the conditions model's indicators. */
export const conditionAssessments = pgTable(
  'condition_assessments',
  {
    ...editableColumns(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id, { onDelete: 'cascade' }),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
  },
  (table) => [index('condition_assessments_group_idx').on(table.groupId, table.assessedOn)],
);

export type ConditionAssessmentRow = typeof conditionAssessments.$inferSelect;
