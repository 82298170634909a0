import { boolean, foreignKey, text, uuid } from 'drizzle-orm/pg-core';
import { pgTable } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';

export const organisations = pgTable(
  'organisations',
  {
    ...editableColumns(),
    /** Stable code from the reference data (DEFENSIE, POLITIE, KMAR, OM) or chosen by an admin. */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    parentId: uuid('parent_id'),
    active: boolean('active').notNull().default(true),
  },
  (table) => [foreignKey({ columns: [table.parentId], foreignColumns: [table.id] }).onDelete('set null')],
);

export type OrganisationRow = typeof organisations.$inferSelect;
