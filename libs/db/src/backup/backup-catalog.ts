import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import type { ForeignKeyEdge } from './backup-format';

/** Rows of a raw query on either driver (postgres.js answers an array, PGlite `{ rows }`). */
export async function executeRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: unknown[] }).rows ?? []) as T[];
}

/** Tables derived from the others (rebuilt after a restore, `rebuildSearchDocuments`): never in a backup. */
export const derivedTables: readonly string[] = ['search_documents'];

/** The application's tables: every ordinary table in the public schema but the derived ones. */
export async function listUserTables(db: Executor): Promise<string[]> {
  const rows = await executeRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
  );
  return rows.map((row) => row.name).filter((name) => !derivedTables.includes(name));
}

export async function listForeignKeyEdges(db: Executor): Promise<ForeignKeyEdge[]> {
  return executeRows<ForeignKeyEdge>(
    db,
    sql`select c.relname as "from", r.relname as "to" from pg_constraint k
        join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public'`,
  );
}

export interface TableColumn {
  name: string;
  /** Stored generated columns are computed again on insert, never written. */
  generated: boolean;
  /** Part of the primary key, in key order (null otherwise). */
  keyPosition: number | null;
  /** Text-like: sorted with the C collation so both engines give the same order. */
  textLike: boolean;
}

export async function listTableColumns(db: Executor, table: string): Promise<TableColumn[]> {
  const rows = await executeRows<{ name: string; generated: string; key_position: number | null; type_cat: string }>(
    db,
    sql`select a.attname as name, a.attgenerated::text as generated, t.typcategory::text as type_cat,
          (select array_position(i.indkey::int2[], a.attnum) from pg_index i
            where i.indrelid = a.attrelid and i.indisprimary)::int as key_position
        from pg_attribute a join pg_type t on t.oid = a.atttypid
        where a.attrelid = ${`public.${quoteIdent(table)}`}::regclass and a.attnum > 0 and not a.attisdropped
        order by a.attnum`,
  );
  return rows.map((row) => ({
    name: row.name,
    generated: row.generated !== '',
    keyPosition: row.key_position,
    textLike: row.type_cat === 'S',
  }));
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `order by` that gives the same row order on PGlite and on any PostgreSQL server. */
export function stableOrderBy(columns: readonly TableColumn[]): string {
  const key = columns
    .filter((column) => column.keyPosition !== null)
    .sort((a, b) => (a.keyPosition ?? 0) - (b.keyPosition ?? 0));
  if (key.length === 0) return `row_to_json(t)::text collate "C"`;
  return key.map((column) => `t.${quoteIdent(column.name)}${column.textLike ? ' collate "C"' : ''}`).join(', ');
}

/** One page of a table's rows as JSON text, in the stable order. */
export async function readTablePage(
  db: Executor,
  table: string,
  orderBy: string,
  offset: number,
  limit: number,
): Promise<string[]> {
  const rows = await executeRows<{ r: string }>(
    db,
    sql.raw(
      `select row_to_json(t)::text as r from public.${quoteIdent(table)} t order by ${orderBy} limit ${limit} offset ${offset}`,
    ),
  );
  return rows.map((row) => row.r);
}

/** Inserts rows given as `row_to_json` text; every value goes back through its column type. */
export async function insertTableRows(
  db: Executor,
  table: string,
  columns: readonly string[],
  rowsJson: string,
): Promise<void> {
  const list = columns.map(quoteIdent).join(', ');
  const target = `public.${quoteIdent(table)}`;
  await db.execute(
    sql`insert into ${sql.raw(target)} (${sql.raw(list)}) select ${sql.raw(list)} from json_populate_recordset(null::${sql.raw(target)}, ${rowsJson}::json)`,
  );
}

/** Tables that hold at least one row. */
export async function tablesWithRows(db: Executor, tables: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const [row] = await executeRows<{ has: boolean }>(
      db,
      sql.raw(`select exists (select 1 from public.${quoteIdent(table)}) as has`),
    );
    if (row?.has) found.push(table);
  }
  return found;
}

export async function listSequences(db: Executor): Promise<{ name: string; lastValue: string; isCalled: boolean }[]> {
  const names = await executeRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'S' order by c.relname`,
  );
  const result: { name: string; lastValue: string; isCalled: boolean }[] = [];
  for (const { name } of names) {
    const [row] = await executeRows<{ last_value: string; is_called: boolean }>(
      db,
      sql.raw(`select last_value::text as last_value, is_called from public.${quoteIdent(name)}`),
    );
    if (row) result.push({ name, lastValue: row.last_value, isCalled: row.is_called });
  }
  return result;
}

export async function setSequence(db: Executor, name: string, lastValue: string, isCalled: boolean): Promise<void> {
  await db.execute(sql`select setval(${`public.${quoteIdent(name)}`}::regclass, ${lastValue}::bigint, ${isCalled})`);
}

/** The `created_at` (journal `when`) of the last applied drizzle migration; null on a database never migrated. */
export async function lastAppliedMigration(db: Executor): Promise<number | null> {
  const [exists] = await executeRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return null;
  const [row] = await executeRows<{ created_at: string | null }>(
    db,
    sql`select max(created_at)::text as created_at from drizzle.__drizzle_migrations`,
  );
  return row?.created_at ? Number(row.created_at) : null;
}

/** Whether this session may switch off foreign-key triggers for the restore transaction. */
export async function isSuperuser(db: Executor): Promise<boolean> {
  const [row] = await executeRows<{ is: string }>(db, sql`select current_setting('is_superuser') as is`);
  return row?.is === 'on';
}

/** Which engine answers: PGlite names itself in `version()`. */
export async function detectEngine(db: Executor): Promise<'pglite' | 'postgres'> {
  const [row] = await executeRows<{ v: string }>(db, sql`select version() as v`);
  return row?.v.includes('PGlite') ? 'pglite' : 'postgres';
}
