import { createContext, type SessionUser } from './context';
import { getRuntime } from './runtime';

/** The signed-in user for a request's headers (server components use it to guard pages). */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const runtime = await getRuntime();
  const ctx = await createContext({
    headers,
    resHeaders: new Headers(),
    db: runtime.handle.db,
    auth: runtime.auth,
    classificationCeiling: runtime.config.classificationCeiling,
    appUrl: runtime.config.appUrl,
    trustedProxyHops: runtime.config.trustedProxyHops,
  });
  return ctx.user;
}
