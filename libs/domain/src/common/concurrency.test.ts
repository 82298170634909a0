import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { assertExpectedVersion } from './concurrency';

describe('optimistic concurrency', () => {
  it('passes when the version read is the stored one', () => {
    expect(() => assertExpectedVersion(3, 3)).not.toThrow();
  });

  it.each([
    [2, 3],
    [4, 3],
  ])('refuses version %i when %i is stored', (expected, actual) => {
    expect(() => assertExpectedVersion(expected, actual)).toThrow(DomainError);
    try {
      assertExpectedVersion(expected, actual);
    } catch (error) {
      expect((error as DomainError).code).toBe('VERSION_CONFLICT');
      expect((error as DomainError).kind).toBe('CONFLICT');
    }
  });
});
