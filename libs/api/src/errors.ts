import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { coreErrors, DomainError, isDomainError, type DomainErrorKind } from '@srw/domain';
import { ZodError } from 'zod';

/** The one mapping from domain error kinds to transport codes. */
const trpcCodeOf: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID: 'BAD_REQUEST',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
};

const UNIQUE_VIOLATION = '23505';

/** Postgres errors arrive wrapped (Drizzle, driver); look through the cause chain. */
function findPgCode(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 5) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  return findPgCode((error as { cause?: unknown }).cause, depth + 1);
}

/** Turns what a procedure threw into the TRPCError the client should see. */
export function toTrpcError(error: unknown): TRPCError | null {
  const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
  if (isDomainError(cause)) {
    return new TRPCError({ code: trpcCodeOf[cause.kind], message: cause.message, cause });
  }
  if (findPgCode(cause) === UNIQUE_VIOLATION) {
    const duplicate = new DomainError('DUPLICATE');
    return new TRPCError({ code: 'CONFLICT', message: duplicate.message, cause: duplicate });
  }
  return null;
}

export const GENERIC_ERROR_NL = 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';

export interface ErrorShapeData {
  code: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  path?: string;
  /** The domain error's code ('VERSION_CONFLICT', module codes...): the UI may translate it. */
  domainCode: string | null;
  /** Field path -> validation message keys, for forms. */
  fieldErrors: Record<string, string[]> | null;
}

export function formatErrorData(error: TRPCError, base: { httpStatus: number; path?: string }): { message: string; data: ErrorShapeData } {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues) {
      const key = issue.path.map(String).join('.') || '_';
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return {
      message: coreErrors.VALIDATION.message,
      data: { code: 'BAD_REQUEST', httpStatus: 400, path: base.path, domainCode: 'VALIDATION', fieldErrors },
    };
  }
  if (isDomainError(cause)) {
    return {
      message: cause.message,
      data: {
        code: error.code,
        httpStatus: base.httpStatus,
        path: base.path,
        domainCode: cause.code,
        fieldErrors: cause.field ? { [cause.field]: [cause.message] } : null,
      },
    };
  }
  // Anything unexpected: a generic Dutch message, never the SQL or a stack.
  const safe = error.code === 'INTERNAL_SERVER_ERROR' ? GENERIC_ERROR_NL : error.message;
  return { message: safe, data: { code: error.code, httpStatus: base.httpStatus, path: base.path, domainCode: null, fieldErrors: null } };
}
