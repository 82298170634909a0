import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clearanceLevels, placementStatuses, type AccessGrant } from '@srw/domain';
import { editableColumns } from './columns';
import { classificationEnum } from './enums';
import { organisations } from './organisations';
import { users } from './users';
import { workingGroups } from './working-groups';

export const placementStatusEnum = pgEnum('placement_status', placementStatuses);
export const clearanceLevelEnum = pgEnum('clearance_level', clearanceLevels);

/**
 * Liaison placements. Dates are calendar dates ('YYYY-MM-DD' strings in TS).
 * `person_key` identifies the person whether they have an account
 * ('user:<id>') or not ('named:<organisation id>:<lower-case name>'): overlap
 * checks lock on it so two racing proposals cannot both pass.
 */
export const placements = pgTable(
  'placements',
  {
    ...editableColumns(),
    personUserId: uuid('person_user_id').references(() => users.id),
    /** The name shown: the account's name at the time, or the named person's. */
    personName: text('person_name').notNull(),
    personKey: text('person_key').notNull(),
    homeOrganisationId: uuid('home_organisation_id')
      .notNull()
      .references(() => organisations.id),
    homeUnit: text('home_unit').notNull(),
    hostOrganisationId: uuid('host_organisation_id')
      .notNull()
      .references(() => organisations.id),
    hostUnit: text('host_unit').notNull(),
    hostFunction: text('host_function').notNull(),
    purpose: text('purpose').notNull(),
    learningGoals: text('learning_goals').notNull().default(''),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    hoursPerWeek: integer('hours_per_week').notNull(),
    homeContact: text('home_contact').notNull().default(''),
    hostContact: text('host_contact').notNull().default(''),
    groupId: uuid('group_id').references(() => workingGroups.id, { onDelete: 'set null' }),
    classification: classificationEnum('classification').notNull().default('ONGERUBRICEERD'),
    clearanceLevel: clearanceLevelEnum('clearance_level').notNull().default('geen'),
    clearanceExpiresOn: date('clearance_expires_on', { mode: 'string' }),
    accessGrants: jsonb('access_grants').$type<AccessGrant[]>().notNull().default([]),
    status: placementStatusEnum('status').notNull().default('voorgesteld'),
    abortReason: text('abort_reason'),
    /** Why it was completed before its end date; null when completed on or after it. */
    completionReason: text('completion_reason'),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }),
    debriefWhatWorked: text('debrief_what_worked'),
    debriefWhatDidNotWork: text('debrief_what_did_not_work'),
    debriefedAt: timestamp('debriefed_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    index('placements_person_key_idx').on(table.personKey, table.startDate),
    index('placements_start_idx').on(table.startDate, table.id),
    index('placements_group_idx').on(table.groupId),
    index('placements_host_idx').on(table.hostOrganisationId, table.hostUnit),
  ],
);

export type PlacementRow = typeof placements.$inferSelect;
export type NewPlacementRow = typeof placements.$inferInsert;
