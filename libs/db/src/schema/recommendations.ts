import { boolean, date, index, pgSequence, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { decisions } from './decisions';
import { classificationEnum } from './enums';
import {
  recommendationLevelEnum,
  recommendationSourceTypeEnum,
  recommendationStatusEnum,
} from './recommendation-enums';
import { users } from './users';
import { workingGroups } from './working-groups';

/** Numbers the codes of recommendations created without one (R-1, R-2, ...). */
export const recommendationCodeSeq = pgSequence('recommendation_code_seq', { startWith: 1 });

export const recommendations = pgTable(
  'recommendations',
  {
    ...editableColumns(),
    code: text('code').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    sourceType: recommendationSourceTypeEnum('source_type').notNull(),
    sourceReference: text('source_reference').notNull().default(''),
    /**
     * The record in another module this came from: an improvement action for
     * `exercise_evaluation`, a debrief lesson for `liaison_debrief`. Polymorphic,
     * so without a foreign key; the source row points back with its own FK.
     */
    sourceId: uuid('source_id'),
    level: recommendationLevelEnum('level').notNull(),
    status: recommendationStatusEnum('status').notNull().default('voorgesteld'),
    /** Null: a management-level recommendation that belongs to no working group. */
    groupId: uuid('group_id').references(() => workingGroups.id, { onDelete: 'cascade' }),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    dueDate: date('due_date', { mode: 'string' }),
    priority: boolean('priority').notNull().default(false),
    /** A legal-framework decision this waits on. */
    decisionId: uuid('decision_id').references(() => decisions.id, { onDelete: 'set null' }),
    classification: classificationEnum('classification').notNull().default('ONGERUBRICEERD'),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull().defaultNow(),
    /** When the recommendation became `uitgevoerd`; verification evidence must be later. */
    implementedOn: date('implemented_on', { mode: 'string' }),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    index('recommendations_code_idx').on(table.code, table.id),
    index('recommendations_group_idx').on(table.groupId),
    index('recommendations_status_idx').on(table.status),
    index('recommendations_source_idx').on(table.sourceType, table.sourceId),
  ],
);

export type RecommendationRow = typeof recommendations.$inferSelect;
