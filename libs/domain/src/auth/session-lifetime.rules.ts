/**
 * How long a session lives: it ends after `idleMinutes` without use and, used
 * or not, `maxHours` after it began. "Last use" is written at most once per
 * `touchIntervalMinutes`, never on every request, so a session may end up to
 * that interval earlier than the idle timeout after its real last use.
 */
export interface SessionLifetimePolicy {
  idleMinutes: number;
  maxHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionLifetimePolicy = { idleMinutes: 60, maxHours: 12 };

/** Minutes between two writes of a session's last use: a tenth of the idle timeout, between 1 and 5. */
export function touchIntervalMinutes(policy: SessionLifetimePolicy): number {
  return Math.min(5, Math.max(1, Math.floor(policy.idleMinutes / 10)));
}

export type SessionLifetimeVerdict =
  { state: 'expired'; reason: 'idle' | 'absolute' } | { state: 'active'; touch: boolean };

export function evaluateSessionLifetime(
  session: { createdAt: Date; lastActiveAt: Date },
  now: Date,
  policy: SessionLifetimePolicy,
): SessionLifetimeVerdict {
  const minute = 60_000;
  if (now.getTime() - session.createdAt.getTime() >= policy.maxHours * 60 * minute) {
    return { state: 'expired', reason: 'absolute' };
  }
  const idleFor = now.getTime() - session.lastActiveAt.getTime();
  if (idleFor >= policy.idleMinutes * minute) return { state: 'expired', reason: 'idle' };
  return { state: 'active', touch: idleFor >= touchIntervalMinutes(policy) * minute };
}
