import { createContext, type SessionState, type SessionUser } from './context';
import { getRuntime } from './runtime';

/** The session for a request's headers, whatever its second-factor state (issue 13). */
export async function getSessionState(headers: Headers): Promise<SessionState | null> {
  const runtime = await getRuntime();
  const ctx = await createContext({
    headers,
    resHeaders: new Headers(),
    db: runtime.handle.db,
    auth: runtime.auth,
    classificationCeiling: runtime.config.classificationCeiling,
    appUrl: runtime.config.appUrl,
    trustedProxyHops: runtime.config.trustedProxyHops,
    security: runtime.config,
  });
  return ctx.session;
}

/**
 * The signed-in user of a fully usable session for a request's headers (server
 * components use it to guard pages); null also while the second factor is due.
 */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const session = await getSessionState(headers);
  return session?.mfa === 'ok' ? session.user : null;
}
