import { date, pgTable, text } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';

/** The catalogue of legal bases that decisions cite; admins maintain it. */
export const legalBases = pgTable('legal_bases', {
  ...editableColumns(),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  note: text('note').notNull().default(''),
  url: text('url'),
  versionDate: date('version_date', { mode: 'string' }),
});

export type LegalBasisRow = typeof legalBases.$inferSelect;
