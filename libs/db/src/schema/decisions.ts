import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  decisionLevels,
  decisionOutcomes,
  decisionStatuses,
  decisionTestResults,
  sharingVerdicts,
  type DecisionCondition,
  type DecisionOption,
} from '@srw/domain';
import { editableColumns } from './columns';
import { cooperationLevels } from './cooperation-levels';
import { classificationEnum } from './enums';
import { exercises } from './exercises';
import { legalBases } from './legal-bases';
import { organisations } from './organisations';
import { scenarios } from './scenarios';
import { users } from './users';
import { workingGroups } from './working-groups';

export const decisionOutcomeEnum = pgEnum('decision_outcome', decisionOutcomes);
export const decisionStatusEnum = pgEnum('decision_status', decisionStatuses);
export const decisionLevelEnum = pgEnum('decision_level', decisionLevels);
export const sharingVerdictEnum = pgEnum('sharing_verdict', sharingVerdicts);
export const decisionTestResultEnum = pgEnum('decision_test_result', decisionTestResults);

/** A ruling of the joint assessment framework (afwegingskader), drafted in a working group. */
export const decisions = pgTable(
  'decisions',
  {
    ...editableColumns(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id, { onDelete: 'cascade' }),
    question: text('question').notNull(),
    context: text('context').notNull().default(''),
    cooperationLevel: text('cooperation_level')
      .notNull()
      .references(() => cooperationLevels.code),
    topic: text('topic').notNull(),
    tags: text('tags').array().notNull().default([]),
    options: jsonb('options').$type<DecisionOption[]>().notNull().default([]),
    outcome: decisionOutcomeEnum('outcome').notNull(),
    conditions: jsonb('conditions').$type<DecisionCondition[]>().notNull().default([]),
    decisionLevel: decisionLevelEnum('decision_level'),
    decidedBy: text('decided_by').notNull().default(''),
    decisionDate: date('decision_date', { mode: 'string' }),
    reviewDate: date('review_date', { mode: 'string' }),
    classification: classificationEnum('classification').notNull().default('ONGERUBRICEERD'),
    status: decisionStatusEnum('status').notNull().default('concept'),
    /** First time it became vastgesteld: from then on the whole framework may read it. */
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    withdrawnReason: text('withdrawn_reason').notNull().default(''),
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => decisions.id, { onDelete: 'set null' }),
    supersededById: uuid('superseded_by_id').references((): AnyPgColumn => decisions.id, { onDelete: 'set null' }),
    /** Set when a cited legal basis changed; cleared when the group has reviewed it. */
    reviewNeededAt: timestamp('review_needed_at', { withTimezone: true, mode: 'date' }),
    reviewReason: text('review_reason').notNull().default(''),
  },
  (table) => [
    index('decisions_group_idx').on(table.groupId),
    index('decisions_order_idx').on(table.cooperationLevel, table.topic, table.question, table.id),
    index('decisions_status_idx').on(table.status),
  ],
);

export type DecisionRow = typeof decisions.$inferSelect;

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

export const decisionLegalBases = pgTable(
  'decision_legal_bases',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    legalBasisId: uuid('legal_basis_id')
      .notNull()
      .references(() => legalBases.id),
  },
  (table) => [primaryKey({ columns: [table.decisionId, table.legalBasisId] }), index('decision_legal_bases_basis_idx').on(table.legalBasisId)],
);

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

/** Where a decision was put to the test: exactly one scenario or one exercise. */
export const decisionTestLinks = pgTable(
  'decision_test_links',
  {
    ...editableColumns(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    scenarioId: uuid('scenario_id').references(() => scenarios.id, { onDelete: 'cascade' }),
    exerciseId: uuid('exercise_id').references(() => exercises.id, { onDelete: 'cascade' }),
    result: decisionTestResultEnum('result').notNull(),
    note: text('note').notNull().default(''),
    testedOn: date('tested_on', { mode: 'string' }),
  },
  (table) => [
    index('decision_test_links_decision_idx').on(table.decisionId),
    index('decision_test_links_scenario_idx').on(table.scenarioId),
    index('decision_test_links_exercise_idx').on(table.exerciseId),
    check('decision_test_links_one_target', sql`num_nonnulls(${table.scenarioId}, ${table.exerciseId}) = 1`),
  ],
);

export type DecisionTestLinkRow = typeof decisionTestLinks.$inferSelect;
