import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import { DomainError } from '@srw/domain';
import type { Context, SessionState, SessionUser } from './context';
import { formatErrorData, toTrpcError } from './errors';
import { isSameOriginRequest } from './http/origin-check';
import { secondFactorRefusal } from './session-security';

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Never send stack traces to the client, in any environment.
  isDev: false,
  errorFormatter({ shape, error }) {
    const { message, data } = formatErrorData(error, { httpStatus: shape.data.httpStatus, path: shape.data.path });
    return { code: shape.code, message, data };
  },
});

/** Domain errors and unique violations become their proper transport codes. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTrpcError(result.error);
    if (mapped) throw mapped;
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/** A change may only come from our own pages (see `isSameOriginRequest`). */
const sameOriginMutations = t.middleware(({ ctx, type, next }) => {
  if (type === 'mutation' && !isSameOriginRequest(ctx.headers, ctx.appUrl)) {
    throw new DomainError('CROSS_ORIGIN_REQUEST');
  }
  return next();
});

export const publicProcedure = t.procedure.use(mapErrors).use(sameOriginMutations);

/**
 * Signed in with a fully usable session; `ctx.user` is non-null from here on. A
 * session that still has to set up or give its second factor is refused with
 * 403 `MFA_ENROLMENT_REQUIRED` / `MFA_VERIFICATION_REQUIRED` (issue 13).
 */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user || !ctx.session) {
    throw new DomainError((ctx.session && secondFactorRefusal(ctx.session.mfa)) ?? 'UNAUTHENTICATED');
  }
  const user: SessionUser = ctx.user;
  const session: SessionState = ctx.session;
  return next({ ctx: { ...ctx, user, session } });
});

/**
 * Any valid session, also one that still has to set up or give its second
 * factor: only for the second-factor procedures and sign-out.
 */
export const sessionProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new DomainError('UNAUTHENTICATED');
  const session: SessionState = ctx.session;
  return next({ ctx: { ...ctx, session } });
});
