import { createContext, type Context, type SessionState, type SessionUser } from './context';
import { getRuntime } from './runtime';

/**
 * The tRPC context for a request that a server component renders: the same
 * `createContext` the API route uses, from the request's headers, so a page's
 * prefetch reads with exactly the rights of a call from the browser.
 */
export async function createServerContext(headers: Headers): Promise<Context> {
  const runtime = await getRuntime();
  return createContext({
    headers,
    resHeaders: new Headers(),
    db: runtime.handle.db,
    auth: runtime.auth,
    classificationCeiling: runtime.config.classificationCeiling,
    appUrl: runtime.config.appUrl,
    trustedProxyHops: runtime.config.trustedProxyHops,
    security: runtime.config,
  });
}

/** The session for a request's headers, whatever its second-factor state (issue 13). */
export async function getSessionState(headers: Headers): Promise<SessionState | null> {
  return (await createServerContext(headers)).session;
}

/**
 * The signed-in user of a fully usable session for a request's headers (server
 * components use it to guard pages); null also while the second factor is due.
 */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  return (await createServerContext(headers)).user;
}
