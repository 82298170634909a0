/**
 * The production server (`npm start`, the e2e suite and the benches start it as
 * `node --import tools/peer-address.mjs apps/web/server.mjs`; PORT, every interface
 * like `next start`).
 *
 * Next.js serves every page and route as `next start` would, except the tRPC
 * endpoint: `/api/trpc/*` goes straight to the handler that the server bundle's
 * start (`src/server-startup.ts`, run by `app.prepare()` through instrumentation)
 * publishes on `globalThis[Symbol.for('srw.trpcNodeHandler')]`. That handler is
 * the same `handleTrpcRequest` as the route `src/app/api/trpc/[trpc]/route.ts`
 * (body limit, security headers, origin check, session) on the bundle's one
 * runtime; it only skips Next's routing and response pipeline, which cost most
 * of the CPU of an API call (README → Benchmark → Over HTTP, against the floor).
 * Until the handler is published, and under `next dev` or the standalone server
 * (Docker), the route answers instead, with the same answers.
 *
 * Plain JavaScript: it runs without a build step of its own.
 */
import http from 'node:http';
import next from 'next';

const TRPC_NODE_HANDLER_KEY = Symbol.for('srw.trpcNodeHandler');
const TRPC_PREFIX = '/api/trpc/';
const port = Number(process.env.PORT || 3000);

const app = next({ dir: import.meta.dirname, dev: false, hostname: 'localhost', port });
await app.prepare();
const nextHandler = app.getRequestHandler();

const server = http.createServer((req, res) => {
  const trpcHandler = globalThis[TRPC_NODE_HANDLER_KEY];
  // The methods the route exports; any other gets Next's answer (405), as before.
  const apiMethod = req.method === 'GET' || req.method === 'POST';
  if (apiMethod && typeof trpcHandler === 'function' && req.url?.startsWith(TRPC_PREFIX)) {
    void trpcHandler(req, res);
    return;
  }
  nextHandler(req, res).catch((error) => {
    console.error(`Failed to handle request for ${req.url}`, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.on('error', (error) => {
  console.error('[samenwerkingsruimte] De server kan niet starten:', error);
  process.exit(1);
});

let closing = false;
/** Like `next start`: stop accepting, let open requests finish, close Next, exit with the signal's code. */
function shutdown(signal) {
  if (closing) return;
  closing = true;
  const code = signal === 'SIGINT' ? 130 : 143;
  server.close(() => {
    app.close().finally(() => process.exit(code));
  });
  server.closeIdleConnections();
  // Open live streams (/api/events) never end by themselves: cut them after a grace period.
  setTimeout(() => server.closeAllConnections(), 5000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));

server.listen(port, () => {
  console.log(`▲ Samenwerkingsruimte: http://localhost:${port}`);
});
