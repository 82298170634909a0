/** What a request may do with the session its cookie names. */
export type SessionCheck =
  /** Past its end: not signed in (and the row may go). */
  | 'expired'
  /** The account is deactivated: not signed in, whatever the session says. */
  | 'inactive'
  /** Signed in, subject to the lifetime and second-factor rules (`evaluateSessionLifetime`, `mfaRequirement`). */
  | 'valid';

/**
 * The session check on the data one look-up returns: expired means strictly
 * before now, as better-auth's `getSession` decides it. Sessions are never
 * extended (`disableSessionRefresh`): they end at their absolute lifetime or
 * after the idle timeout (`session-lifetime.rules.ts`).
 */
export function checkSession(session: { expiresAt: Date; userActive: boolean }, now: Date): SessionCheck {
  if (session.expiresAt.getTime() < now.getTime()) return 'expired';
  if (!session.userActive) return 'inactive';
  return 'valid';
}
