import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { classificationEnum, workingGroupStatusEnum } from './enums';

export const workingGroups = pgTable(
  'working_groups',
  {
    ...editableColumns(),
    name: text('name').notNull(),
    /** The issue (vraagstuk) the group works on. */
    theme: text('theme').notNull(),
    description: text('description').notNull().default(''),
    status: workingGroupStatusEnum('status').notNull().default('actief'),
    classification: classificationEnum('classification').notNull().default('ONGERUBRICEERD'),
  },
  (table) => [index('working_groups_name_idx').on(table.name, table.id)],
);

export type WorkingGroupRow = typeof workingGroups.$inferSelect;
