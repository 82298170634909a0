import { date, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';

/** The catalogue of legal bases that decisions cite; admins maintain it. */
export const legalBases = pgTable('legal_bases', {
  ...editableColumns(),
  code: text('code').notNull().unique(),
  /** The law or regulation, e.g. "Politiewet 2012". */
  law: text('law').notNull().default(''),
  /** The article within it, e.g. "58"; empty when the whole regulation is meant. */
  article: text('article').notNull().default(''),
  title: text('title').notNull(),
  note: text('note').notNull().default(''),
  url: text('url'),
  versionDate: date('version_date', { mode: 'string' }),
  /** Set when an admin marks the basis as changed; every decision citing it then needs review. */
  changedAt: timestamp('changed_at', { withTimezone: true, mode: 'date' }),
  changeNote: text('change_note').notNull().default(''),
});

export type LegalBasisRow = typeof legalBases.$inferSelect;
