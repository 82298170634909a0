import { pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { decisions } from './decisions';
import { organisations } from './organisations';

/** The organisations a decision concerns: each signs off. */
export const decisionOrganisations = pgTable(
  'decision_organisations',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (table) => [primaryKey({ columns: [table.decisionId, table.organisationId] })],
);
