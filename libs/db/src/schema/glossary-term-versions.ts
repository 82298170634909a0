import { integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { GlossaryTermSnapshot } from '@srw/domain';
import { idColumn } from './columns';
import { glossaryTerms } from './glossary-terms';
import { users } from './users';

/** A snapshot of a term after each change, so readers see the history and the differences. */
export const glossaryTermVersions = pgTable(
  'glossary_term_versions',
  {
    id: idColumn(),
    termId: uuid('term_id')
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** create, update, status, approve, import */
    change: text('change').notNull(),
    snapshot: jsonb('snapshot').$type<GlossaryTermSnapshot>().notNull(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [unique('glossary_term_versions_term_version_uq').on(table.termId, table.version)],
);

export type GlossaryTermVersionRow = typeof glossaryTermVersions.$inferSelect;
