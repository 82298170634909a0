import { TRPCClientError } from '@trpc/client';
import type { ErrorShapeData } from '@srw/api/client-types';

export interface ErrorInfo {
  /** Domain error code ('VERSION_CONFLICT', ...) or null. */
  code: string | null;
  message: string;
  /** Field path -> messages in the user's language. */
  fieldErrors: Record<string, string[]>;
  isConflict: boolean;
}

/** Looks a message up in the user's language, filled with values; null when there is none. */
export type Translate = (key: string, values?: Record<string, string | number | Date>) => string | null;

function shapeData(error: unknown): Partial<ErrorShapeData> | null {
  if (error instanceof TRPCClientError && error.data && typeof error.data === 'object') {
    return error.data as Partial<ErrorShapeData>;
  }
  return null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar dates travel as `2026-03-01`; the message formats them in the user's language. */
function messageValues(
  params: Record<string, string | number> | null | undefined,
): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    values[key] = typeof value === 'string' && ISO_DATE.test(value) ? new Date(`${value}T12:00:00Z`) : value;
  }
  return values;
}

/**
 * What the UI needs from a failed call. The server sends a code and values,
 * never a sentence: every language says `errors.<code>` from its own messages.
 * Unknown codes, server faults and network errors read as the generic message.
 */
export function readError(error: unknown, translate: Translate): ErrorInfo {
  const data = shapeData(error);
  const code = data?.domainCode ?? null;
  const values = messageValues(data?.params);
  const generic = translate('errors.generic') ?? 'Er ging iets mis.';
  const message = (code ? translate(`errors.${code}`, values) : null) ?? generic;
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(data?.fieldErrors ?? {})) {
    fieldErrors[field] = keys.map((key) => translate(key, values) ?? key);
  }
  return { code, message, fieldErrors, isConflict: code === 'VERSION_CONFLICT' };
}

/**
 * A field's errors less the one the form's alert already says: a refusal of
 * the whole change (such as JOINT_COMPLETION_PENDING on the status) is said
 * once, in the announced alert, not again beside the field.
 */
export function fieldErrorsBesideAlert(messages: string[] | undefined, alert: ErrorInfo | null): string[] | undefined {
  if (!messages || !alert) return messages;
  const rest = messages.filter((message) => message !== alert.message);
  return rest.length > 0 ? rest : undefined;
}
