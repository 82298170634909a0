/**
 * Login throttling, per account and per client address. Failed attempts inside a
 * sliding window count; once a limit is reached, further attempts are refused
 * until the oldest counted failure leaves the window.
 */
export interface LoginThrottlePolicy {
  windowMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
}

export const defaultLoginThrottlePolicy: LoginThrottlePolicy = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
};

export interface LoginFailureHistory {
  /** Times of recent failed attempts for this account (any address). */
  accountFailures: Date[];
  /** Times of recent failed attempts from this address (any account). */
  ipFailures: Date[];
}

export type LoginThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * When a sliding window of `windowMs` holding at most `max` failures lets the
 * next attempt through again; null while it is under the limit now. Shared by
 * the password throttle and the sign-in through a provider.
 */
export function blockedUntil(failures: Date[], max: number, now: Date, windowMs: number): Date | null {
  const inWindow = failures
    .filter((at) => now.getTime() - at.getTime() < windowMs && at.getTime() <= now.getTime())
    .sort((a, b) => b.getTime() - a.getTime());
  if (inWindow.length < max) return null;
  // The max-th most recent failure decides when the count drops below the limit.
  const decisive = inWindow[max - 1];
  return decisive ? new Date(decisive.getTime() + windowMs) : null;
}

export function evaluateLoginThrottle(
  history: LoginFailureHistory,
  now: Date,
  policy: LoginThrottlePolicy = defaultLoginThrottlePolicy,
): LoginThrottleDecision {
  const untilAccount = blockedUntil(history.accountFailures, policy.maxFailuresPerAccount, now, policy.windowMs);
  const untilIp = blockedUntil(history.ipFailures, policy.maxFailuresPerIp, now, policy.windowMs);
  const candidates = [untilAccount, untilIp].filter((d): d is Date => d !== null);
  if (candidates.length === 0) return { allowed: true };
  return { allowed: false, retryAt: new Date(Math.max(...candidates.map((d) => d.getTime()))) };
}
