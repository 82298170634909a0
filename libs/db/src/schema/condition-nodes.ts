import { boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Reference data: the Triad conditions model as one tree. Ids follow the
 * thesis numbering: category "1", sub-variable "1.1", indicator "1.1.a".
 */
export const conditionNodes = pgTable(
  'condition_nodes',
  {
    id: text('id').primaryKey(),
    parentId: text('parent_id'),
    kind: text('kind', { enum: ['category', 'sub_variable', 'indicator'] }).notNull(),
    labelNl: text('label_nl').notNull(),
    labelEn: text('label_en').notNull(),
    /** Emerged from the interviews rather than the literature model. */
    inductive: boolean('inductive').notNull().default(false),
    sortOrder: integer('sort_order').notNull(),
  },
  (table) => [index('condition_nodes_parent_idx').on(table.parentId)],
);
