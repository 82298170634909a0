import { and, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { federatedSignInAttempts } from '../schema';

export type FederatedSignInStep = 'start' | 'callback';

/**
 * Serialises the throttle's count-and-claim for one address and one provider
 * until the transaction ends, so parallel requests each see the others' claims.
 */
export async function lockFederatedSignInSubjects(tx: Executor, subjects: { providerSlug: string; ip: string | null }) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`federated:provider:${subjects.providerSlug}`}))`);
  if (subjects.ip !== null) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`federated:address:${subjects.ip}`}))`);
  }
}

/** Unsettled starts and callbacks since `since`, per address (none when it is unknown) and per provider. */
export async function findRecentFederatedSignInFailures(
  db: Executor,
  params: { providerSlug: string; ip: string | null; since: Date },
) {
  const unsettledSince = and(
    eq(federatedSignInAttempts.succeeded, false),
    gt(federatedSignInAttempts.attemptedAt, params.since),
  );
  const ip = params.ip;
  const [addressRows, providerRows] = await Promise.all([
    ip === null
      ? Promise.resolve([])
      : db
          .select({ at: federatedSignInAttempts.attemptedAt })
          .from(federatedSignInAttempts)
          .where(and(eq(federatedSignInAttempts.ip, ip), unsettledSince)),
    db
      .select({ at: federatedSignInAttempts.attemptedAt })
      .from(federatedSignInAttempts)
      .where(and(eq(federatedSignInAttempts.providerSlug, params.providerSlug), unsettledSince)),
  ]);
  return { addressFailures: addressRows.map((r) => r.at), providerFailures: providerRows.map((r) => r.at) };
}

/** Claims a start or callback as a failure before it is handled; its id, to settle it later. */
export async function insertFederatedSignInAttempt(
  tx: Executor,
  attempt: { providerSlug: string; ip: string; step: FederatedSignInStep; at: Date },
): Promise<string> {
  const [row] = await tx
    .insert(federatedSignInAttempts)
    .values({ providerSlug: attempt.providerSlug, ip: attempt.ip, step: attempt.step, attemptedAt: attempt.at })
    .returning({ id: federatedSignInAttempts.id });
  if (!row) throw new Error('insert into federated_sign_in_attempts returned no row');
  return row.id;
}

/** The state a start sent the browser to the provider with. */
export async function setFederatedSignInAttemptState(db: Executor, id: string, state: string) {
  await db.update(federatedSignInAttempts).set({ state }).where(eq(federatedSignInAttempts.id, id));
}

/**
 * A callback that brings back the state of a start still waiting for it takes
 * that start's row over (its step becomes `callback`): the sign-in was counted
 * at its start and is not checked again. A second callback with the same state
 * finds nothing to take over and is counted as a callback of its own. Its id, or null.
 */
export async function takeOverFederatedStart(
  tx: Executor,
  params: { providerSlug: string; state: string; since: Date },
): Promise<string | null> {
  const [row] = await tx
    .update(federatedSignInAttempts)
    .set({ step: 'callback' })
    .where(
      and(
        eq(federatedSignInAttempts.providerSlug, params.providerSlug),
        eq(federatedSignInAttempts.step, 'start'),
        eq(federatedSignInAttempts.state, params.state),
        eq(federatedSignInAttempts.succeeded, false),
        gt(federatedSignInAttempts.attemptedAt, params.since),
      ),
    )
    .returning({ id: federatedSignInAttempts.id });
  return row?.id ?? null;
}

/** The callback ended in a session: this sign-in stops counting. */
export async function markFederatedSignInAttemptSucceeded(db: Executor, id: string) {
  await db.update(federatedSignInAttempts).set({ succeeded: true }).where(eq(federatedSignInAttempts.id, id));
}
