import { index, integer, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from './columns';
import { glossaryTerms } from './glossary-terms';
import { organisations } from './organisations';
import { users } from './users';

/** Who approved which revision of a term, for which organisation, and when. Kept after re-approval. */
export const glossaryApprovals = pgTable(
  'glossary_approvals',
  {
    id: idColumn(),
    termId: uuid('term_id')
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    /** The term's version number at the moment of approval. */
    termVersion: integer('term_version').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    unique('glossary_approvals_term_rev_org_uq').on(table.termId, table.revision, table.organisationId),
    index('glossary_approvals_term_idx').on(table.termId),
  ],
);

export type GlossaryApprovalRow = typeof glossaryApprovals.$inferSelect;
