/**
 * How long a session lives and when it is extended: better-auth's semantics
 * (`session.expiresIn`, `session.updateAge`), kept in one place so the auth
 * library's configuration and our own session check cannot disagree.
 */
export interface SessionPolicy {
  /** A session ends this long after it was created or last extended. */
  expiresInSeconds: number;
  /** A session is extended (a rare write) once this much of its lifetime has passed. */
  updateAgeSeconds: number;
}

export const defaultSessionPolicy: SessionPolicy = {
  expiresInSeconds: 60 * 60 * 8,
  updateAgeSeconds: 60 * 60,
};

/** What a request may do with the session its cookie names. */
export type SessionCheck =
  /** Past its end: not signed in (and the row may go). */
  | { state: 'expired' }
  /** The account is deactivated: not signed in, whatever the session says. */
  | { state: 'inactive' }
  /** Signed in; `extendTo` when the session should now be extended to that moment. */
  | { state: 'valid'; extendTo: Date | null };

/**
 * The session check on the data one look-up returns. Expired means strictly
 * before now, and a session is extended once `updateAge` of its `expiresIn` has
 * passed, exactly as better-auth's `getSession` decides it.
 */
export function checkSession(
  session: { expiresAt: Date; userActive: boolean },
  now: Date,
  policy: SessionPolicy = defaultSessionPolicy,
): SessionCheck {
  if (session.expiresAt.getTime() < now.getTime()) return { state: 'expired' };
  if (!session.userActive) return { state: 'inactive' };
  const extendAfter = session.expiresAt.getTime() - policy.expiresInSeconds * 1000 + policy.updateAgeSeconds * 1000;
  return {
    state: 'valid',
    extendTo: extendAfter <= now.getTime() ? new Date(now.getTime() + policy.expiresInSeconds * 1000) : null,
  };
}
