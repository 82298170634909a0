import { index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { decisions } from './decisions';
import { legalBases } from './legal-bases';

/** The legal bases a decision cites. */
export const decisionLegalBases = pgTable(
  'decision_legal_bases',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    legalBasisId: uuid('legal_basis_id')
      .notNull()
      .references(() => legalBases.id),
  },
  (table) => [
    primaryKey({ columns: [table.decisionId, table.legalBasisId] }),
    index('decision_legal_bases_basis_idx').on(table.legalBasisId),
  ],
);
