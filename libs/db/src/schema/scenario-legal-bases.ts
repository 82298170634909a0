import { index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { legalBases } from './legal-bases';
import { scenarios } from './scenarios';

/** The legal bases a scenario involves. */
export const scenarioLegalBases = pgTable(
  'scenario_legal_bases',
  {
    scenarioId: uuid('scenario_id')
      .notNull()
      .references(() => scenarios.id, { onDelete: 'cascade' }),
    legalBasisId: uuid('legal_basis_id')
      .notNull()
      .references(() => legalBases.id),
  },
  (table) => [
    primaryKey({ columns: [table.scenarioId, table.legalBasisId] }),
    index('scenario_legal_bases_basis_idx').on(table.legalBasisId),
  ],
);
