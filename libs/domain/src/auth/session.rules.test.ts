import { describe, expect, it } from 'vitest';
import { checkSession } from './session.rules';

const hour = 60 * 60 * 1000;
const now = new Date('2026-12-06T12:00:00Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe('checkSession', () => {
  it('is valid until its end, and expired strictly after it', () => {
    expect(checkSession({ expiresAt: at(7.5 * hour), userActive: true }, now)).toBe('valid');
    expect(checkSession({ expiresAt: now, userActive: true }, now)).toBe('valid');
    expect(checkSession({ expiresAt: at(-1), userActive: true }, now)).toBe('expired');
  });

  it('refuses a deactivated account, and says expired first when both hold', () => {
    expect(checkSession({ expiresAt: at(hour), userActive: false }, now)).toBe('inactive');
    expect(checkSession({ expiresAt: at(-hour), userActive: false }, now)).toBe('expired');
  });
});
