import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import * as schema from './schema';

export type Schema = typeof schema;
type Relations = ExtractTablesWithRelations<Schema>;

/** One type for both engines: query functions take this and never know which is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, Relations>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, Relations>;
/** A database or an open transaction: query functions accept either. */
export type Executor = Database | Transaction;

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Where the data lives: the PGlite folder, ':memory:', or the server URL without password. */
  location: string;
  /**
   * Receives NOTIFY payloads of a channel (live updates). On PostgreSQL this is
   * one dedicated postgres.js connection (outside the pool, re-listening after
   * a reconnect); on PGlite the in-process engine delivers its own notifications
   * after each statement. Resolves, once listening, to the function that stops it.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** The server's URL on PostgreSQL (a library that needs its own pool opens one with it); undefined on PGlite. */
  connectionString: string | undefined;
  /**
   * Plain SQL on the same connection(s) as `db`, for libraries that bring their
   * own SQL (the job queue on PGlite, which has only this one connection): with
   * parameters one statement, without them several statements separated by
   * semicolons are allowed. On PostgreSQL such a library uses its own pool
   * (`connectionString`): postgres.js refuses a BEGIN sent through a shared pool.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL; when absent the embedded PGlite engine is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; ignored with a databaseUrl. */
  pgliteDataDir?: string | undefined;
  /** PGlite in memory (tests); no folder and no lock. */
  inMemory?: boolean;
  /**
   * With `inMemory`: start from this data folder snapshot (a `dumpDataDir()`
   * tarball) instead of an empty cluster; the tests' migrated template.
   */
  loadDataDir?: Blob | undefined;
  /** Connections in the postgres.js pool. */
  poolSize?: number;
  /** Sees every statement with its parameters (the HTTP benchmark captures what a request ran). */
  logger?: Logger;
}

export const DEFAULT_PGLITE_DATA_DIR = '.data/pglite';

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const logger = options.logger ?? false;
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10, logger);
  if (options.inMemory) return openPglite(null, logger, options.loadDataDir);
  return openPglite(path.resolve(/*turbopackIgnore: true*/ options.pgliteDataDir ?? DEFAULT_PGLITE_DATA_DIR), logger);
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}

/**
 * While the server is unreachable a request must fail within seconds, never
 * hang: a connection attempt gives up after CONNECT_TIMEOUT_S, a statement
 * after STATEMENT_TIMEOUT_MS (a lock that is never released, a runaway query).
 * The pool reconnects by itself when the server is back.
 */
export const CONNECT_TIMEOUT_S = 3;
export const STATEMENT_TIMEOUT_MS = 30_000;

/**
 * Drizzle's postgres.js driver names (prepares) a statement only for
 * `.prepare('name')` queries and sends every other one unnamed, and postgres.js
 * then parses and describes an unnamed statement with parameters in a round
 * trip of its own before binding and executing it: two round trips, and a parse
 * and plan every time. This gives Drizzle a client whose `unsafe` always asks
 * for a named statement; postgres.js keeps one per distinct SQL text and
 * parameter types per connection (so each pooled connection and each
 * transaction's reserved connection has its own), re-prepares after a schema
 * change (`RevalidateCachedQuery`), and ends connections after 30–60 minutes,
 * which bounds the cache. Statements without parameters still use the simple
 * protocol (migrations with several statements). The LISTEN connection and
 * `executeSql` use the plain client; pg-boss has its own pool. Behind a
 * transaction-pooling proxy (PgBouncer in transaction mode) named statements
 * would break: this app connects to PostgreSQL directly.
 */
export function withNamedStatements(client: postgres.Sql): postgres.Sql {
  const wrapCallbacks =
    (method: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) =>
      method(
        ...args.map((arg) =>
          typeof arg === 'function'
            ? (inner: postgres.Sql) => (arg as (s: postgres.Sql) => unknown)(withNamedStatements(inner))
            : arg,
        ),
      );
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (query: string, params?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, params, { ...options, prepare: true });
      }
      if (property === 'begin' || property === 'savepoint') {
        const method: unknown = Reflect.get(target, property, receiver);
        return wrapCallbacks((method as (...args: unknown[]) => unknown).bind(target));
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

async function openPostgres(url: string, max: number, logger: Logger | false): Promise<DatabaseHandle> {
  const client = postgres(url, {
    max,
    onnotice: () => undefined,
    connect_timeout: CONNECT_TIMEOUT_S,
    connection: { application_name: 'samenwerkingsruimte', statement_timeout: STATEMENT_TIMEOUT_MS },
  });
  const db = drizzlePostgres({ client: withNamedStatements(client), schema, logger });
  return {
    // The drivers differ only in their query-result type; above this line both are plain Postgres.
    db: db as unknown as Database,
    kind: 'postgres',
    location: redactUrl(url),
    listen: async (channel, onPayload) => {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
    connectionString: url,
    executeSql: async (text, values) => {
      const rows =
        values && values.length > 0
          ? await client.unsafe(text, values as postgres.ParameterOrJSON<never>[])
          : await client.unsafe(text).simple();
      // Several statements answer with one result per statement; the last counts.
      const last: unknown = Array.isArray(rows[0]) ? rows[rows.length - 1] : rows;
      return { rows: [...((last as Record<string, unknown>[] | undefined) ?? [])] };
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/**
 * PostgreSQL's shared buffers inside PGlite. initdb writes 128MB, and PGlite
 * touches all of it at start, in the process's own memory: +230 MB RSS on open
 * against +110 MB with 16MB (measured, issue 19; the server's target is ≤ 450 MB).
 * The data files stay in the kernel's page cache either way, so a miss costs a
 * copy, not a disk read; the embedded engine serves one small team.
 */
export const PGLITE_SHARED_BUFFERS = '16MB';

async function openPglite(dataDir: string | null, logger: Logger | false, loadDataDir?: Blob): Promise<DatabaseHandle> {
  let lock: DataDirLock | null = null;
  if (dataDir) {
    lock = acquireDataDirLock(dataDir);
    mkdirSync(dataDir, { recursive: true });
  }
  try {
    const client = new PGlite({
      ...(dataDir ? { dataDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
      extensions: { pg_trgm },
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    });
    await client.waitReady;
    const db = drizzlePglite({ client, schema, logger });
    return {
      db: db as unknown as Database,
      kind: 'pglite',
      location: dataDir ?? ':memory:',
      listen: (channel, onPayload) => client.listen(channel, onPayload),
      connectionString: undefined,
      executeSql: async (text, values) => {
        if (values && values.length > 0) {
          const result = await client.query<Record<string, unknown>>(text, values);
          return { rows: result.rows };
        }
        const results = await client.exec(text);
        return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
      },
      close: async () => {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
