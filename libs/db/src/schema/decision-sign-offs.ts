import { pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { decisions } from './decisions';
import { organisations } from './organisations';
import { users } from './users';

/** One sign-off per organisation; deleted again when the ruling changes. */
export const decisionSignOffs = pgTable(
  'decision_sign_offs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [unique('decision_sign_offs_decision_org_uq').on(table.decisionId, table.organisationId)],
);
