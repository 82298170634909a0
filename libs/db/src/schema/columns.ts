import { integer, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from './users';

export function idColumn() {
  return uuid('id').primaryKey().defaultRandom();
}

export function timestampColumns() {
  return {
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  };
}

/** Incremented on every update; updates carry the version they read (optimistic concurrency). */
export function versionColumn() {
  return integer('version').notNull().default(1);
}

/** The user who created the row; null only for rows written by the system (seed). */
export function createdByColumn() {
  return uuid('created_by').references((): AnyPgColumn => users.id, { onDelete: 'set null' });
}

/** The columns every editable table has: id, created/updated time, creator and version. */
export function editableColumns() {
  return {
    id: idColumn(),
    ...timestampColumns(),
    createdBy: createdByColumn(),
    version: versionColumn(),
  };
}
