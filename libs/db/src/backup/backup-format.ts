import { createHash } from 'node:crypto';

/**
 * The backup file: gzip'd JSON lines. Line 1 is the header (below); then the
 * rows of each table in header order, one `row_to_json` line per row, exactly
 * `rowCount` lines per table; the last line is the trailer `{"end":true,"rows":N}`.
 * The header carries a SHA-256 of itself and one per table over that table's
 * lines, so a truncated or altered file is refused before anything is written.
 */
export const BACKUP_FORMAT = 'samenwerkingsruimte-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupSchemaVersion {
  /** Tag of the last migration (`0010_backup_runs`). */
  tag: string;
  /** Its `when` in the drizzle journal: migrations are ordered by it. */
  when: number;
}

export interface BackupTable {
  name: string;
  rowCount: number;
  /** SHA-256 (hex) over the table's lines, each followed by a newline, in file order. */
  sha256: string;
}

export interface BackupSequence {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: BackupSchemaVersion;
  createdAt: string;
  engine: 'pglite' | 'postgres';
  tables: BackupTable[];
  sequences: BackupSequence[];
  /** SHA-256 over the header's JSON without this field. */
  checksum: string;
}

export interface BackupTrailer {
  end: true;
  rows: number;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function headerChecksum(header: Omit<BackupHeader, 'checksum'>): string {
  const { format, formatVersion, schemaVersion, createdAt, engine, tables, sequences } = header;
  return sha256Hex(JSON.stringify({ format, formatVersion, schemaVersion, createdAt, engine, tables, sequences }));
}

/** A running SHA-256 over one table's lines, in the order they are written or read. */
export class TableHasher {
  private readonly hash = createHash('sha256');
  count = 0;

  add(line: string): void {
    this.hash.update(line);
    this.hash.update('\n');
    this.count++;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

export interface ForeignKeyEdge {
  /** The table holding the foreign key. */
  from: string;
  /** The table it references. */
  to: string;
}

/**
 * Tables in dependency order: a referenced table before the tables that refer
 * to it; self-references are ignored and a cycle is broken by name, so the
 * order is the same on every engine. With `session_replication_role = replica`
 * the order does not matter for the restore, but it keeps the file readable and
 * lets a restore without that right (no superuser) still succeed.
 */
export function orderTablesByDependency(tables: readonly string[], edges: readonly ForeignKeyEdge[]): string[] {
  const known = new Set(tables);
  const dependsOn = new Map<string, Set<string>>(tables.map((table) => [table, new Set<string>()]));
  for (const edge of edges) {
    if (edge.from === edge.to || !known.has(edge.from) || !known.has(edge.to)) continue;
    dependsOn.get(edge.from)?.add(edge.to);
  }
  const ordered: string[] = [];
  const done = new Set<string>();
  const remaining = [...tables].sort();
  while (remaining.length > 0) {
    const ready = remaining.find((table) => [...(dependsOn.get(table) ?? [])].every((dep) => done.has(dep)));
    // A cycle: take the first by name, so the order is still deterministic.
    const next = ready ?? remaining[0];
    if (next === undefined) break;
    ordered.push(next);
    done.add(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return ordered;
}
