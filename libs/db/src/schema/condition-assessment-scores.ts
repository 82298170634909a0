import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { conditionAssessments } from './condition-assessments';
import { conditionNodes } from './condition-nodes';
import { organisations } from './organisations';

/** One organisation's score for one indicator in a round: 1–5, or null for "n.v.t.", with its onderbouwing. */
export const conditionAssessmentScores = pgTable(
  'condition_assessment_scores',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => conditionAssessments.id, { onDelete: 'cascade' }),
    /** The organisation whose view this score is: each side scores for itself. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    conditionId: text('condition_id')
      .notNull()
      .references(() => conditionNodes.id),
    score: smallint('score'),
    evidence: text('evidence').notNull().default(''),
  },
  (table) => [
    primaryKey({ columns: [table.assessmentId, table.organisationId, table.conditionId] }),
    index('condition_assessment_scores_condition_idx').on(table.conditionId),
    check('condition_assessment_scores_range', sql`${table.score} is null or ${table.score} between 1 and 5`),
  ],
);
