import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { handleTrpcRequest } from './handler';

/**
 * The key under which the web app's server start (`apps/web/src/server-startup.ts`,
 * inside Next's server bundle) publishes `handleTrpcNodeRequest`, so that the
 * custom server (`apps/web/server.mjs`) can answer `/api/trpc/*` without Next's
 * route pipeline while using the one runtime (database, lock, jobs) of the bundle.
 */
export const TRPC_NODE_HANDLER_KEY = Symbol.for('srw.trpcNodeHandler');

export type TrpcNodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The request as the fetch-style handler reads it: the same URL, headers, body and abort signal. */
export function toFetchRequest(req: IncomingMessage, res: ServerResponse): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
  // Protocol and host as the client addressed this server (the HSTS decision also reads x-forwarded-proto).
  const url = `${encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  return new Request(url, {
    method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

const gzipAsync = promisify(gzip);

/** Answers from 1 kB on are gzipped for a client that accepts it, as Next's server does (its `compression`). */
export const GZIP_THRESHOLD_BYTES = 1024;

/** Whether an Accept-Encoding header accepts gzip (not when it says `gzip;q=0`). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Writes a fetch Response to Node's response: JSON whole, with its length (gzipped
 * off the main thread when the client accepts it and it is large enough), anything
 * else chunk by chunk, respecting back-pressure.
 */
export async function writeFetchResponse(
  response: Response,
  res: ServerResponse,
  acceptEncoding?: string,
): Promise<void> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (response.body === null) {
    res.end();
    return;
  }
  // tRPC's JSON answers (all but streamed ones) go out whole, with their length.
  if (response.headers.get('content-type') === 'application/json') {
    const body = Buffer.from(await response.arrayBuffer());
    res.setHeader('vary', varyWithAcceptEncoding(res.getHeader('vary')));
    if (body.byteLength >= GZIP_THRESHOLD_BYTES && acceptsGzip(acceptEncoding)) {
      res.setHeader('content-encoding', 'gzip');
      res.end(await gzipAsync(body));
    } else {
      res.end(body);
    }
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) {
        await reader.cancel();
        return;
      }
      if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve));
    }
  } finally {
    reader.releaseLock();
  }
  res.end();
}

function varyWithAcceptEncoding(vary: number | string | string[] | undefined): string {
  const current = Array.isArray(vary) ? vary.join(', ') : vary === undefined ? '' : String(vary);
  return current ? `${current}, Accept-Encoding` : 'Accept-Encoding';
}

/**
 * `/api/trpc/*` for a bare `node:http` server: the same `handleTrpcRequest` as the
 * Next route handler (body limit, security headers, context, origin check), so the
 * answers are identical; only Next's routing and response pipeline is left out.
 */
export async function handleTrpcNodeRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const response = await handleTrpcRequest(toFetchRequest(req, res));
    await writeFetchResponse(response, res, req.headers['accept-encoding']);
  } catch (error) {
    console.error('[trpc] node handler:', error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json');
      res.setHeader('cache-control', 'no-store');
    }
    res.end();
  }
}
