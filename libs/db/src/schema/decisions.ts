import { date, index, jsonb, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DecisionCondition, DecisionOption } from '@srw/domain';
import { editableColumns } from './columns';
import { cooperationLevels } from './cooperation-levels';
import { decisionLevelEnum, decisionOutcomeEnum, decisionStatusEnum } from './decision-enums';
import { classificationEnum } from './enums';
import { workingGroups } from './working-groups';

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
    /** Gevolgen: what the decision means in practice; differences per organisation in decision_organisations. */
    consequences: text('consequences').notNull().default(''),
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
