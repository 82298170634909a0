/**
 * Whether an error means the database cannot be reached right now (stopped,
 * restarting, refusing connections, network gone), as opposed to a fault in a
 * query. Such a request fails fast with 503 "try again" instead of a 500; the
 * pool reconnects by itself once the server is back.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: terminated by the administrator or a restart
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
]);

const UNAVAILABLE_DRIVER_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
]);

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string') {
    if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_DRIVER_CODES.has(code)) return true;
    // 08xxx: connection exceptions.
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    // "database … is not currently accepting connections" (ALLOW_CONNECTIONS false).
    if (code === '55000' && typeof message === 'string' && /not currently accepting connections/.test(message)) {
      return true;
    }
  }
  // Node reports a refused dual-stack connect as an AggregateError of both attempts.
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
