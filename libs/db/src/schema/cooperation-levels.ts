import { integer, pgTable, text } from 'drizzle-orm/pg-core';

/** Reference data: the three levels of cooperation (TRAINING, ASSISTANCE, PARTNERSHIP). */
export const cooperationLevels = pgTable('cooperation_levels', {
  code: text('code').primaryKey(),
  labelNl: text('label_nl').notNull(),
  labelEn: text('label_en').notNull(),
  note: text('note').notNull().default(''),
  sortOrder: integer('sort_order').notNull(),
});
