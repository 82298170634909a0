import { DomainError } from '../errors';

/**
 * Optimistic concurrency: an update carries the version it read. A different
 * stored version means someone else changed the record in between.
 */
export function assertExpectedVersion(expected: number, actual: number): void {
  if (expected !== actual) {
    throw new DomainError('VERSION_CONFLICT');
  }
}
