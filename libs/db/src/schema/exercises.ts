import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { exerciseStatusEnum, exerciseTypeEnum } from './scenario-enums';
import { scenarios } from './scenarios';
import { workingGroups } from './working-groups';

/** One planned session or exercise on a scenario. */
export const exercises = pgTable(
  'exercises',
  {
    ...editableColumns(),
    /** Copied from the scenario so group scoping needs no join. */
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id, { onDelete: 'cascade' }),
    scenarioId: uuid('scenario_id')
      .notNull()
      .references(() => scenarios.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    type: exerciseTypeEnum('type').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    location: text('location').notNull().default(''),
    status: exerciseStatusEnum('status').notNull().default('gepland'),
    cancellationReason: text('cancellation_reason').notNull().default(''),
  },
  (table) => [
    index('exercises_group_starts_idx').on(table.groupId, table.startsAt, table.id),
    index('exercises_starts_idx').on(table.startsAt, table.id),
    index('exercises_scenario_idx').on(table.scenarioId),
  ],
);

export type ExerciseRow = typeof exercises.$inferSelect;
