import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { assertWithinCeiling, isWithinCeiling } from './classification';

describe('classification ceiling', () => {
  it('accepts markings at or below the ceiling', () => {
    expect(isWithinCeiling('ONGERUBRICEERD', 'ONGERUBRICEERD')).toBe(true);
    expect(isWithinCeiling('ONGERUBRICEERD', 'DEPARTEMENTAAL_VERTROUWELIJK')).toBe(true);
    expect(isWithinCeiling('DEPARTEMENTAAL_VERTROUWELIJK', 'DEPARTEMENTAAL_VERTROUWELIJK')).toBe(true);
  });

  it('refuses a marking above the ceiling with a field error', () => {
    expect(isWithinCeiling('DEPARTEMENTAAL_VERTROUWELIJK', 'ONGERUBRICEERD')).toBe(false);
    try {
      assertWithinCeiling('DEPARTEMENTAAL_VERTROUWELIJK', 'ONGERUBRICEERD');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('CLASSIFICATION_ABOVE_CEILING');
      expect((error as DomainError).field).toBe('classification');
    }
  });
});
