/**
 * The floor of `npm run bench:http`: a bare `node:http` server with postgres.js
 * that replays, for each endpoint, exactly the SQL and parameters the app ran
 * for the same request (captured by tools/bench-http.ts). What the hardware and
 * the database allow for that work, with nothing of the app around it.
 *
 *   GET /<endpoint>          the procedure's own statements
 *   GET /<endpoint>?auth=1   the app's session look-ups first, then the same
 *
 * Statements are prepared (named) the way postgres.js does by default; the rows
 * of the last statement are sent back as JSON. Started as its own process, so it
 * shares no event loop with the load generator.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import postgres from 'postgres';
import type { CapturedEndpoint } from './bench-http-report';

const [file, portArg, url] = process.argv.slice(2);
if (!file || !portArg || !url) {
  console.error('usage: bench-http-floor <captured.json> <port> <postgres-url>');
  process.exit(2);
}
const endpoints = new Map(
  (JSON.parse(readFileSync(file, 'utf8')) as CapturedEndpoint[]).map((endpoint) => [endpoint.name, endpoint]),
);
const client = postgres(url, { max: 10, onnotice: () => undefined });

async function replay(statements: CapturedEndpoint['statements']): Promise<unknown> {
  let rows: unknown = [];
  for (const statement of statements) {
    rows = await client.unsafe(statement.sql, statement.params as postgres.ParameterOrJSON<never>[], { prepare: true });
  }
  return rows;
}

const server = http.createServer((request, response) => {
  const parsed = new URL(request.url ?? '/', 'http://floor');
  const endpoint = endpoints.get(parsed.pathname.slice(1));
  if (!endpoint) {
    response.writeHead(404).end();
    return;
  }
  const statements = parsed.searchParams.has('auth') ? [...endpoint.auth, ...endpoint.statements] : endpoint.statements;
  replay(statements).then(
    (rows) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ result: { data: rows } }));
    },
    (error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    },
  );
});
server.listen(Number(portArg), '127.0.0.1', () => process.send?.('ready'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void client.end({ timeout: 1 }).then(() => process.exit(0));
  });
}
