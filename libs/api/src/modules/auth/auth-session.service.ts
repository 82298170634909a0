import { hashPassword } from 'better-auth/crypto';
import { clearLoginFailures, findRecentLoginFailures, findUserByEmail, recordLoginAttempt } from '@srw/db';
import {
  authErrors,
  defaultLoginThrottlePolicy,
  DomainError,
  evaluateLoginThrottle,
  type SignInInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { Context } from '../../context';

function copySetCookies(from: Headers, to: Headers) {
  for (const cookie of from.getSetCookie()) to.append('set-cookie', cookie);
}

/** Headers passed into better-auth: only what it needs, never the browser's Origin. */
function authHeaders(ctx: Context, withCookie: boolean): Headers {
  const headers = new Headers();
  const cookie = ctx.headers.get('cookie');
  if (withCookie && cookie) headers.set('cookie', cookie);
  if (ctx.origin.userAgent) headers.set('user-agent', ctx.origin.userAgent);
  if (ctx.origin.ip) headers.set('x-forwarded-for', ctx.origin.ip);
  return headers;
}

/**
 * better-auth refuses with an APIError carrying a 4xx status. Checked by shape:
 * bundling can load the class twice, which breaks `instanceof`.
 */
function isAuthRefusal(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'APIError') return false;
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}

let dummyHash: Promise<string> | null = null;

export async function signIn(ctx: Context, input: SignInInput, now = new Date()): Promise<{ userId: string }> {
  // Without a forwarded address (no proxy in front) the address is unknown: only the
  // per-account limit applies then, so one bucket shared by everybody cannot lock all out.
  const ip = ctx.origin.ip ?? 'onbekend';
  const history = await findRecentLoginFailures(ctx.db, {
    email: input.email,
    ip: ctx.origin.ip,
    since: new Date(now.getTime() - defaultLoginThrottlePolicy.windowMs),
  });
  const decision = evaluateLoginThrottle(history, now);
  if (!decision.allowed) throw new DomainError(authErrors.TOO_MANY_ATTEMPTS);

  const user = await findUserByEmail(ctx.db, input.email);
  if (!user || !user.active) {
    // Spend comparable time on unknown accounts, so timing does not reveal which exist.
    dummyHash ??= hashPassword('timing-equaliser-password');
    await dummyHash;
    await recordLoginAttempt(ctx.db, { email: input.email, ip, succeeded: false });
    throw new DomainError(authErrors.INVALID_CREDENTIALS);
  }

  try {
    const { headers } = await ctx.auth.api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: authHeaders(ctx, false),
      returnHeaders: true,
    });
    copySetCookies(headers, ctx.resHeaders);
  } catch (error) {
    // Only a refusal by better-auth is a failed sign-in; anything else is a fault to surface.
    if (!isAuthRefusal(error)) throw error;
    await recordLoginAttempt(ctx.db, { email: input.email, ip, succeeded: false });
    throw new DomainError(authErrors.INVALID_CREDENTIALS);
  }

  await ctx.db.transaction(async (tx) => {
    await clearLoginFailures(tx, input.email);
    await recordLoginAttempt(tx, { email: input.email, ip, succeeded: true });
    await recordAudit(tx, ctx, { actorId: user.id, action: 'sign_in', entityType: 'user', entityId: user.id });
  });
  return { userId: user.id };
}

export async function signOut(ctx: Context): Promise<{ ok: true }> {
  try {
    const { headers } = await ctx.auth.api.signOut({ headers: authHeaders(ctx, true), returnHeaders: true });
    copySetCookies(headers, ctx.resHeaders);
  } catch {
    // No valid session: signing out is already done. Clear the cookie regardless.
  }
  return { ok: true };
}
