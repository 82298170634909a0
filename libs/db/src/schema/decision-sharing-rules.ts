import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sharingVerdictEnum } from './decision-enums';
import { decisions } from './decisions';
import { organisations } from './organisations';

/** When information may be shared from one organisation to another, and on what ground. */
export const decisionSharingRules = pgTable(
  'decision_sharing_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    dataCategory: text('data_category').notNull(),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    legalGround: text('legal_ground').notNull().default(''),
    conditions: text('conditions').notNull().default(''),
    consentFrom: text('consent_from').notNull().default(''),
    verdict: sharingVerdictEnum('verdict').notNull(),
  },
  (table) => [index('decision_sharing_rules_decision_idx').on(table.decisionId, table.position)],
);
