import { describe, expect, it } from 'vitest';
import { effectiveLens, lensCookieName, lensOrganisation, lensValue, parseLens } from './lens';

const organisations = [
  { id: '1', code: 'DEFENSIE' },
  { id: '2', code: 'POLITIE' },
  { id: '3', code: 'KMAR' },
];

describe('the organisation lens', () => {
  it('reads an organisation code from the address, and the joint view as null', () => {
    expect(parseLens('politie')).toBe('politie');
    expect(parseLens('POLITIE')).toBe('politie');
    expect(parseLens('gezamenlijk')).toBeNull();
    expect(parseLens('')).toBeNull();
    expect(parseLens('<script>')).toBeNull();
    expect(lensValue('KMAR')).toBe('kmar');
    expect(lensValue(null)).toBe('gezamenlijk');
  });

  it('finds the organisation among those present, and none for an unknown code', () => {
    expect(lensOrganisation('kmar', organisations)?.id).toBe('3');
    expect(lensOrganisation('marechaussee', organisations)).toBeNull();
    expect(lensOrganisation(null, organisations)).toBeNull();
  });

  it('lets a shared address win over what the person chose before, also for the joint view', () => {
    expect(effectiveLens('defensie', 'politie')).toBe('defensie');
    expect(effectiveLens('gezamenlijk', 'politie')).toBeNull();
    expect(effectiveLens(null, 'politie')).toBe('politie');
    expect(effectiveLens(undefined, undefined)).toBeNull();
  });

  it('remembers it per person', () => {
    expect(lensCookieName('0b7e4bde-8f0e-4a55')).toBe('srw_lens_0b7e4bde8f0e4a55');
  });
});
