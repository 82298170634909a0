import { randomUUID } from 'node:crypto';
import {
  findRecentFederatedSignInFailures,
  insertFederatedSignInAttempt,
  lockFederatedSignInSubjects,
  setFederatedSignInAttemptState,
  takeOverFederatedStart,
  type AuditOrigin,
  type Database,
  type FederatedSignInStep,
} from '@srw/db';
import { defaultFederatedThrottlePolicy, evaluateFederatedThrottle } from '@srw/domain';
import { recordAudit } from '../../audit-log';

/**
 * Claims one start or callback of a sign-in through a provider as a failure
 * before it is handled (a callback that brings back a counted start's state
 * takes that start's claim over instead), under a lock per provider and address: the count and
 * the claim are one step, so parallel requests cannot all slip under the limit
 * (the same shape as `claimSignInAttempt` for passwords). Null when the address
 * or the provider reached its limit; the refusal is audited. Without a known
 * address only the per-provider limit applies.
 */
export async function claimFederatedSignInAttempt(
  db: Database,
  origin: AuditOrigin,
  attempt: { providerSlug: string; step: FederatedSignInStep; state?: string | null },
  now = new Date(),
): Promise<string | null> {
  const since = new Date(now.getTime() - defaultFederatedThrottlePolicy.windowMs);
  const claimed = await db.transaction(async (tx) => {
    await lockFederatedSignInSubjects(tx, { providerSlug: attempt.providerSlug, ip: origin.ip });
    // The callback of a start we counted is that same sign-in: not checked again.
    if (attempt.step === 'callback' && attempt.state) {
      const started = await takeOverFederatedStart(tx, {
        providerSlug: attempt.providerSlug,
        state: attempt.state,
        since,
      });
      if (started !== null) return started;
    }
    const history = await findRecentFederatedSignInFailures(tx, {
      providerSlug: attempt.providerSlug,
      ip: origin.ip,
      since,
    });
    if (!evaluateFederatedThrottle(history, now).allowed) return null;
    return insertFederatedSignInAttempt(tx, {
      providerSlug: attempt.providerSlug,
      step: attempt.step,
      ip: origin.ip ?? 'onbekend',
      at: now,
    });
  });
  if (claimed === null) {
    await recordAudit(
      db,
      { origin },
      {
        actorId: null,
        action: 'sign_in_throttled',
        entityType: 'login_attempt',
        entityId: randomUUID(),
        after: { provider: attempt.providerSlug, step: attempt.step },
      },
    );
  }
  return claimed;
}

/** Remembers the state a start sent the browser off with (from the provider address's `state`). */
export async function rememberFederatedStartState(db: Database, attemptId: string, providerUrl: string) {
  const state = new URL(providerUrl).searchParams.get('state');
  if (state) await setFederatedSignInAttemptState(db, attemptId, state);
}
