import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { addresseeStateEnum } from './recommendation-enums';
import { recommendations } from './recommendations';
import { users } from './users';

/** The organisations a recommendation is addressed to, each with its own implementation state. */
export const recommendationAddressees = pgTable(
  'recommendation_addressees',
  {
    recommendationId: uuid('recommendation_id')
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    state: addresseeStateEnum('state').notNull().default('open'),
    note: text('note').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    /** Set when an admin recorded the state for an organisation they do not belong to (break-glass). */
    onBehalfReason: text('on_behalf_reason'),
  },
  (table) => [
    primaryKey({ columns: [table.recommendationId, table.organisationId] }),
    index('recommendation_addressees_org_idx').on(table.organisationId),
  ],
);
