import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Starts and callbacks of sign-ins through an organisation's provider, for the
 * throttle per client address and per provider across app instances
 * (`evaluateFederatedThrottle`). A row counts as a failure until its sign-in
 * ends in a session. The callback that brings a start's `state` back takes
 * that start's row over (`step` becomes `callback`).
 */
export const federatedSignInAttempts = pgTable(
  'federated_sign_in_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The provider's slug as asked for (also an unknown one: the address still pays for it). */
    providerSlug: text('provider_slug').notNull(),
    ip: text('ip').notNull(),
    /** `start` (waiting for its callback) or `callback` (a callback arrived, or one without a known start). */
    step: text('step').notNull(),
    /** The OAuth state the start sent the browser off with; the callback that brings it back takes the row over. */
    state: text('state'),
    succeeded: boolean('succeeded').notNull().default(false),
    attemptedAt: timestamp('attempted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    index('federated_sign_in_attempts_ip_idx').on(table.ip, table.attemptedAt),
    index('federated_sign_in_attempts_provider_idx').on(table.providerSlug, table.attemptedAt),
    index('federated_sign_in_attempts_state_idx').on(table.state),
  ],
);
