import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { VerificationEvidence } from '@srw/domain';
import { organisations } from './organisations';
import { addresseeStateEnum, recommendationEventKindEnum, recommendationStatusEnum } from './recommendation-enums';
import { recommendations } from './recommendations';
import { users } from './users';

/**
 * The dated history of a recommendation: status changes (with note, reason or
 * evidence), progress notes and each addressee's recorded state. Append-only;
 * the dashboard's trend is computed from the status entries.
 */
export const recommendationEvents = pgTable(
  'recommendation_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recommendationId: uuid('recommendation_id')
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    kind: recommendationEventKindEnum('kind').notNull(),
    fromStatus: recommendationStatusEnum('from_status'),
    toStatus: recommendationStatusEnum('to_status'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    addresseeState: addresseeStateEnum('addressee_state'),
    note: text('note').notNull().default(''),
    reason: text('reason').notNull().default(''),
    evidence: jsonb('evidence').$type<VerificationEvidence>(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    index('recommendation_events_rec_idx').on(table.recommendationId, table.occurredAt),
    index('recommendation_events_status_idx').on(table.kind, table.occurredAt),
  ],
);

export type RecommendationEventRow = typeof recommendationEvents.$inferSelect;
