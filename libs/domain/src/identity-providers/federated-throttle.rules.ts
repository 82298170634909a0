import { blockedUntil, type LoginThrottleDecision } from '../auth/auth.rules';

/**
 * Throttle of the sign-in through an organisation's provider (the start at
 * `/api/auth/federated/<slug>` and the provider's callback). Every start, and
 * every callback that does not bring back the state of a counted start (forged,
 * replayed, stale), counts as a failure until its sign-in ends in a session;
 * so abandoned or refused sign-ins, forged callbacks and floods of starts
 * count, and people who sign in do not.
 */
export interface FederatedThrottlePolicy {
  windowMs: number;
  /** Per client address, over every provider. */
  maxFailuresPerAddress: number;
  /** Per provider, over every address: protects the provider's token endpoint from a spread-out flood. */
  maxFailuresPerProvider: number;
}

export const defaultFederatedThrottlePolicy: FederatedThrottlePolicy = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerAddress: 30,
  maxFailuresPerProvider: 300,
};

export interface FederatedFailureHistory {
  /** Unsettled starts and failed callbacks from this address (any provider); empty when the address is unknown. */
  addressFailures: Date[];
  /** Unsettled starts and failed callbacks for this provider (any address). */
  providerFailures: Date[];
}

export function evaluateFederatedThrottle(
  history: FederatedFailureHistory,
  now: Date,
  policy: FederatedThrottlePolicy = defaultFederatedThrottlePolicy,
): LoginThrottleDecision {
  const untilAddress = blockedUntil(history.addressFailures, policy.maxFailuresPerAddress, now, policy.windowMs);
  const untilProvider = blockedUntil(history.providerFailures, policy.maxFailuresPerProvider, now, policy.windowMs);
  const candidates = [untilAddress, untilProvider].filter((d): d is Date => d !== null);
  if (candidates.length === 0) return { allowed: true };
  return { allowed: false, retryAt: new Date(Math.max(...candidates.map((d) => d.getTime()))) };
}
