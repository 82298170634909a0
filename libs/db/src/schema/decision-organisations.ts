import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { decisions } from './decisions';
import { organisations } from './organisations';

/** The organisations a decision concerns: each signs off, and may have consequences of its own. */
export const decisionOrganisations = pgTable(
  'decision_organisations',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** This organisation's consequences where they differ from the decision's joint text; empty when they do not. */
    consequences: text('consequences').notNull().default(''),
  },
  (table) => [primaryKey({ columns: [table.decisionId, table.organisationId] })],
);
