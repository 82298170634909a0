import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from './columns';
import { organisations } from './organisations';
import { placementExtensions } from './placement-extensions';
import { placements } from './placements';
import { users } from './users';

/**
 * One organisation's consent to a proposed placement (`extension_id` null) or to
 * an extension request. A placement or extension is approved once both its home
 * and host organisation consented, each by someone other than the proposer.
 * `on_behalf_reason` is set when an admin consented for an organisation they do
 * not belong to (break-glass).
 */
export const placementConsents = pgTable(
  'placement_consents',
  {
    id: idColumn(),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => placements.id, { onDelete: 'cascade' }),
    extensionId: uuid('extension_id').references(() => placementExtensions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    note: text('note').notNull().default(''),
    onBehalfReason: text('on_behalf_reason'),
  },
  (table) => [
    unique('placement_consents_subject_org_uq')
      .on(table.placementId, table.extensionId, table.organisationId)
      .nullsNotDistinct(),
    index('placement_consents_org_idx').on(table.organisationId),
  ],
);

export type PlacementConsentRow = typeof placementConsents.$inferSelect;
