import { index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { workingGroups } from './working-groups';

/** The organisations taking part in a working group. */
export const workingGroupOrganisations = pgTable(
  'working_group_organisations',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.organisationId] }),
    index('wgo_organisation_idx').on(table.organisationId),
  ],
);
