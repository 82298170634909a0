import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { coreErrors, DomainError, isDomainError, type DomainErrorKind } from '@srw/domain';
import { ZodError } from 'zod';
import { isDatabaseUnavailable } from '@srw/db';

/** The one mapping from domain error kinds to transport codes. */
const trpcCodeOf: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID: 'BAD_REQUEST',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

const UNIQUE_VIOLATION = '23505';

/**
 * SQLSTATE class 22 (data exception: invalid text representation, untranslatable
 * or NUL character, datetime or numeric out of range, string too long...). The
 * schemas should refuse such input first; if some still reaches the database it is
 * the client's input that is wrong, so it is a 400 VALIDATION, never a 500.
 */
function isDataException(code: string | null): boolean {
  return code !== null && code.startsWith('22');
}

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
  if (isDatabaseUnavailable(cause)) {
    const unavailable = new DomainError('DATABASE_UNAVAILABLE');
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: unavailable.code, cause: unavailable });
  }
  const pgCode = findPgCode(cause);
  if (pgCode === UNIQUE_VIOLATION) {
    const duplicate = new DomainError('DUPLICATE');
    return new TRPCError({ code: 'CONFLICT', message: duplicate.code, cause: duplicate });
  }
  if (isDataException(pgCode)) {
    const invalid = new DomainError('VALIDATION');
    return new TRPCError({ code: 'BAD_REQUEST', message: invalid.code, cause: invalid });
  }
  return null;
}

/** What the client sees of anything unexpected: a code, which the UI says as `errors.generic`. */
export const GENERIC_ERROR_MESSAGE = 'INTERNAL_ERROR';

export interface ErrorShapeData {
  code: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  path?: string;
  /** The domain error's code ('VERSION_CONFLICT', module codes...): the UI says `errors.<code>`. */
  domainCode: string | null;
  /** Values the UI fills the message with. */
  params: Record<string, string | number> | null;
  /** Field path -> message keys (`validation.*` or `errors.<CODE>`), for forms. */
  fieldErrors: Record<string, string[]> | null;
}

export function formatErrorData(
  error: TRPCError,
  base: { httpStatus: number; path?: string },
): { message: string; data: ErrorShapeData } {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues) {
      const key = issue.path.map(String).join('.') || '_';
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return {
      message: coreErrors.VALIDATION.code,
      data: {
        code: 'BAD_REQUEST',
        httpStatus: 400,
        path: base.path,
        domainCode: 'VALIDATION',
        params: null,
        fieldErrors,
      },
    };
  }
  if (isDomainError(cause)) {
    return {
      message: cause.code,
      data: {
        code: error.code,
        httpStatus: base.httpStatus,
        path: base.path,
        domainCode: cause.code,
        params: cause.params,
        fieldErrors: cause.field ? { [cause.field]: [`errors.${cause.code}`] } : null,
      },
    };
  }
  // Anything else (tRPC's own parse errors, the driver, a bug): its code and one
  // generic message, never the parser's or the driver's text, the SQL or a stack.
  return {
    message: error.code === 'INTERNAL_SERVER_ERROR' ? GENERIC_ERROR_MESSAGE : error.code,
    data: {
      code: error.code,
      httpStatus: base.httpStatus,
      path: base.path,
      domainCode: null,
      params: null,
      fieldErrors: null,
    },
  };
}
