import { integer, pgTable, text } from 'drizzle-orm/pg-core';

/** Reference data: standard conditions for military assistance (e.g. police capacity exhausted). */
export const assistanceConditions = pgTable('assistance_conditions', {
  code: text('code').primaryKey(),
  labelNl: text('label_nl').notNull(),
  labelEn: text('label_en').notNull(),
  sortOrder: integer('sort_order').notNull(),
});
