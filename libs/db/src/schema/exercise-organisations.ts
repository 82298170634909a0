import { integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { exercises } from './exercises';
import { organisations } from './organisations';

/** Expected number of participants per organisation. */
export const exerciseOrganisations = pgTable(
  'exercise_organisations',
  {
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => exercises.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    participantCount: integer('participant_count').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.exerciseId, table.organisationId] })],
);
