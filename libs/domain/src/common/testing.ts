import type { Actor, GlobalRole } from '../access/roles';
import { DomainError } from '../errors';
import { detectCsvDelimiter, type CsvRecord } from './csv-dialect';

/** For tests: the domain error code `fn` throws, null when it throws nothing, 'OTHER' for any other error. */
export function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

/** For tests: a signed-in user with this global role. */
export function actorWithRole(globalRole: GlobalRole): Actor {
  return { userId: 'u', organisationId: 'o', globalRole };
}

/**
 * For tests: the records of a simple CSV text without quotes (one record per
 * non-blank line, the separator taken from the header), as `readCsv` in
 * libs/api would give them.
 */
export function csvRecords(text: string): CsvRecord[] {
  const lines = text.split('\n');
  const delimiter = detectCsvDelimiter(lines[0] ?? '');
  return lines
    .map((line, index) => ({ line: index + 1, fields: line.split(delimiter) }))
    .filter((record) => record.fields.some((field) => field.trim() !== ''));
}
