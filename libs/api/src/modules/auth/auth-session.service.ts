import { randomUUID } from 'node:crypto';
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import {
  clearLoginFailures,
  findRecentLoginFailures,
  findUserByEmail,
  insertPendingLoginAttempt,
  lockLoginSubjects,
  markLoginAttemptSucceeded,
} from '@srw/db';
import {
  authErrors,
  defaultLoginThrottlePolicy,
  DomainError,
  evaluateLoginThrottle,
  type SignInInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { Context } from '../../context';

export function copySetCookies(from: Headers, to: Headers) {
  for (const cookie of from.getSetCookie()) to.append('set-cookie', cookie);
}

/** Headers passed into better-auth: only what it needs, never the browser's Origin. */
export function authHeaders(ctx: Context, withCookie: boolean): Headers {
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
export function isAuthRefusal(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'APIError') return false;
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}

let dummyHash: Promise<string> | null = null;

/**
 * A deactivated account costs the same as a wrong password: the password is
 * verified against a hash every time (made once per process), so timing does
 * not reveal which accounts exist or are active (`npm run bench:sign-in`).
 */
async function spendPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('timing-equaliser-password');
  await verifyPassword({ hash: await dummyHash, password });
}

/**
 * Claims one attempt for this account and address before the password is
 * checked, under a lock per account (and address): the count and the claim are
 * one step, so however many attempts arrive at once, no more than the limit is
 * ever evaluated. Null when the limit is reached.
 */
export async function claimSignInAttempt(ctx: Context, email: string, now: Date): Promise<string | null> {
  return ctx.db.transaction(async (tx) => {
    await lockLoginSubjects(tx, { email, ip: ctx.origin.ip });
    const history = await findRecentLoginFailures(tx, {
      email,
      ip: ctx.origin.ip,
      since: new Date(now.getTime() - defaultLoginThrottlePolicy.windowMs),
    });
    if (!evaluateLoginThrottle(history, now).allowed) return null;
    // Without a known address (no trusted proxy) only the per-account limit applies,
    // so one bucket shared by everybody cannot lock all out.
    return insertPendingLoginAttempt(tx, { email, ip: ctx.origin.ip ?? 'onbekend', at: now });
  });
}

/**
 * Failed and refused sign-ins are in the audit trail with the client address,
 * as a `login_attempt` (the claimed attempt's id; a refused one never got a row,
 * so it gets an id of its own). The e-mail address typed is kept, the password never.
 */
export async function auditSignInRefusal(
  ctx: Context,
  refusal: { action: 'sign_in_failed' | 'sign_in_throttled'; attemptId: string; email: string; userId: string | null },
) {
  await recordAudit(ctx.db, ctx, {
    actorId: refusal.userId,
    action: refusal.action,
    entityType: 'login_attempt',
    entityId: refusal.attemptId,
    after: { email: refusal.email },
  });
}

/**
 * `secondFactorRequired`: the password was right and the account has a second
 * factor; better-auth set its short-lived code-step cookie instead of a session,
 * and `auth.verifySignInCode` completes the sign-in (issue 13).
 */
export interface SignInResult {
  userId: string;
  secondFactorRequired: boolean;
}

export async function signIn(ctx: Context, input: SignInInput, now = new Date()): Promise<SignInResult> {
  const attemptId = await claimSignInAttempt(ctx, input.email, now);
  const user = await findUserByEmail(ctx.db, input.email);
  const refuse = async (action: 'sign_in_failed' | 'sign_in_throttled', id: string) => {
    await auditSignInRefusal(ctx, { action, attemptId: id, email: input.email, userId: user?.id ?? null });
    return new DomainError(
      action === 'sign_in_throttled' ? authErrors.TOO_MANY_ATTEMPTS : authErrors.INVALID_CREDENTIALS,
    );
  };
  if (attemptId === null) throw await refuse('sign_in_throttled', randomUUID());

  if (user && !user.active) {
    await spendPasswordCheck(input.password);
    throw await refuse('sign_in_failed', attemptId);
  }

  // An unknown account goes to better-auth too: it looks the address up the same
  // way and hashes the password when nobody has it, so both cost the same.
  let secondFactorRequired = false;
  try {
    const { headers, response } = await ctx.auth.api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: authHeaders(ctx, false),
      returnHeaders: true,
    });
    copySetCookies(headers, ctx.resHeaders);
    secondFactorRequired = 'twoFactorRedirect' in response && response.twoFactorRedirect === true;
  } catch (error) {
    // Only a refusal by better-auth is a failed sign-in (already counted); anything else is a fault.
    if (!isAuthRefusal(error)) throw error;
    throw await refuse('sign_in_failed', attemptId);
  }

  // better-auth found no account either, so it refused above; this only narrows the type.
  if (!user) throw new DomainError(authErrors.INVALID_CREDENTIALS);
  if (secondFactorRequired) {
    // The password counted as right, but earlier failures stay: they clear only once
    // the code is right too, so password + wrong codes cannot go on for ever.
    await markLoginAttemptSucceeded(ctx.db, attemptId);
    return { userId: user.id, secondFactorRequired };
  }
  await ctx.db.transaction(async (tx) => {
    await markLoginAttemptSucceeded(tx, attemptId);
    await clearLoginFailures(tx, input.email);
    await recordAudit(tx, ctx, { actorId: user.id, action: 'sign_in', entityType: 'user', entityId: user.id });
  });
  return { userId: user.id, secondFactorRequired };
}

export async function signOut(ctx: Context): Promise<{ ok: true }> {
  const signedIn = ctx.session?.user ?? ctx.user;
  if (signedIn) {
    await recordAudit(ctx.db, ctx, {
      actorId: signedIn.userId,
      action: 'sign_out',
      entityType: 'user',
      entityId: signedIn.userId,
    });
  }
  try {
    const { headers } = await ctx.auth.api.signOut({ headers: authHeaders(ctx, true), returnHeaders: true });
    copySetCookies(headers, ctx.resHeaders);
  } catch {
    // No valid session: signing out is already done. Clear the cookie regardless.
  }
  return { ok: true };
}
