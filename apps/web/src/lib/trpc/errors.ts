import { TRPCClientError } from '@trpc/client';
import type { ErrorShapeData } from '@srw/api/client-types';

export interface ErrorInfo {
  /** Domain error code ('VERSION_CONFLICT', ...) or null. */
  code: string | null;
  message: string;
  /** Field path -> messages (validation keys or Dutch domain messages). */
  fieldErrors: Record<string, string[]>;
  isConflict: boolean;
}

function shapeData(error: unknown): Partial<ErrorShapeData> | null {
  if (error instanceof TRPCClientError && error.data && typeof error.data === 'object') {
    return error.data as Partial<ErrorShapeData>;
  }
  return null;
}

/**
 * What the UI needs from a failed call. The server's message is Dutch and the
 * most specific, so the Dutch UI shows it; other languages translate the domain
 * code where they can. Validation keys are translated in every language.
 */
export function readError(error: unknown, translate: (key: string) => string | null, locale: string): ErrorInfo {
  const data = shapeData(error);
  const code = data?.domainCode ?? null;
  const serverMessage = error instanceof TRPCClientError && data ? error.message : '';
  const translated = code && locale !== 'nl' ? translate(`errors.${code}`) : null;
  const generic = translate('errors.generic') ?? 'Er ging iets mis.';
  const message = translated ?? (code || data?.httpStatus !== 500 ? serverMessage || generic : generic);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(data?.fieldErrors ?? {})) {
    fieldErrors[field] = messages.map((m) => (m.startsWith('validation.') ? (translate(m) ?? m) : m));
  }
  return { code, message, fieldErrors, isConflict: code === 'VERSION_CONFLICT' };
}
