import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { conditionAssessments } from './condition-assessments';
import { organisations } from './organisations';
import { users } from './users';

/**
 * Who scored a round for one organisation, and when. An admin scoring for an
 * organisation not their own writes a break-glass reason, shown beside the scores.
 */
export const conditionAssessmentContributions = pgTable(
  'condition_assessment_contributions',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => conditionAssessments.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    scoredBy: uuid('scored_by').references(() => users.id, { onDelete: 'set null' }),
    scoredAt: timestamp('scored_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    breakGlassReason: text('break_glass_reason').notNull().default(''),
  },
  (table) => [primaryKey({ columns: [table.assessmentId, table.organisationId] })],
);
