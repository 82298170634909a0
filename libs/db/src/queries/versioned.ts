import { DomainError } from '@srw/domain';
import { and, eq, getTableName, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Executor } from '../client';
import { preparedPerDatabase } from './prepared';

/** A table under optimistic concurrency: an id, a version and an updated-at stamp. */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * The one versioned update: writes `values` only while the row still has
 * `expectedVersion`, bumps the version and the updated-at stamp, and returns the
 * new row. A row that moved on (or is gone) is a VERSION_CONFLICT, so a caller
 * that locked and compared first gets the same answer as one that did not.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Executor,
  table: T,
  id: string,
  expectedVersion: number,
  values: PgUpdateSetSource<T>,
): Promise<T['$inferSelect']> {
  const set = { ...values, version: sql`${table.version} + 1`, updatedAt: new Date() } as PgUpdateSetSource<T>;
  const rows = (await db
    .update(table)
    .set(set)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as T['$inferSelect'][];
  const [row] = rows;
  if (!row) throw new DomainError('VERSION_CONFLICT');
  return row;
}

/** Options of every `findX(db, id, { lock })`: `lock` takes a row lock until the transaction ends. */
export interface FindOptions {
  lock?: boolean;
}

/** One row by id, prepared once per table (and database): every detail page reads its record through it. */
const rowByIdStatement = preparedPerDatabase((db, name, table: PgTable & { id: PgColumn }) =>
  db
    .select()
    .from(table)
    .where(eq(table.id, sql.placeholder('id')))
    .prepare(name),
);

/**
 * Selects one row of `table` by id, locked `for update` when asked: the shape of
 * every `findX(db, id, { lock })` in the query modules. Unlocked reads use a
 * prepared statement; a lock is taken inside a transaction, built for it.
 */
export async function findRowById<T extends PgTable & { id: PgColumn }>(
  db: Executor,
  table: T,
  id: string,
  options: FindOptions = {},
): Promise<T['$inferSelect'] | null> {
  const rows = (
    options.lock
      ? await db
          .select()
          .from(table as PgTable)
          .where(eq(table.id, id))
          .for('update')
      : await rowByIdStatement(db, `row_by_id_${getTableName(table)}`, table).execute({ id })
  ) as T['$inferSelect'][];
  return rows[0] ?? null;
}
