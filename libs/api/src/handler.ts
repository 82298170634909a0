import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createContext } from './context';
import { limitRequestBody } from './http/body-limit';
import { apiSecurityHeadersForRequest } from './http/security-headers';
import { appRouter } from './root';
import { getRuntime } from './runtime';

export const TRPC_ENDPOINT = '/api/trpc';

/**
 * Serves the API for any fetch-style server (the Next route handler uses it;
 * a bare Node adapter could too).
 */
export async function handleTrpcRequest(req: Request): Promise<Response> {
  const response = await answerTrpcRequest(req);
  // The proxy skips this endpoint (per-request work a JSON answer does not need); the headers are set here.
  const headers = apiSecurityHeadersForRequest({
    protocol: new URL(req.url).protocol,
    forwardedProto: req.headers.get('x-forwarded-proto'),
  });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

async function answerTrpcRequest(req: Request): Promise<Response> {
  // Too large a body is refused with 413 before anything reads it (1 MB; 10 MB for imports).
  const limited = await limitRequestBody(req, TRPC_ENDPOINT);
  if (limited instanceof Response) return limited;
  const runtime = await getRuntime();
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: limited,
    router: appRouter,
    createContext: ({ req: request, resHeaders }) =>
      createContext({
        headers: request.headers,
        resHeaders,
        db: runtime.handle.db,
        auth: runtime.auth,
        classificationCeiling: runtime.config.classificationCeiling,
        appUrl: runtime.config.appUrl,
        trustedProxyHops: runtime.config.trustedProxyHops,
        security: runtime.config,
      }),
    // Answers are personal: never kept by a browser or a proxy cache.
    responseMeta: () => ({ headers: new Headers({ 'cache-control': 'no-store' }) }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        console.error(`[trpc] ${path ?? '?'}:`, error.cause ?? error);
      }
    },
  });
}
