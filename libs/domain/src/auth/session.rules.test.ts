import { describe, expect, it } from 'vitest';
import { checkSession, defaultSessionPolicy } from './session.rules';

const hour = 60 * 60 * 1000;
const now = new Date('2026-12-06T12:00:00Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe('checkSession', () => {
  it('is valid without an extension while less than updateAge has passed', () => {
    // Created 30 minutes ago: 7.5 hours left of 8.
    expect(checkSession({ expiresAt: at(7.5 * hour), userActive: true }, now)).toEqual({
      state: 'valid',
      extendTo: null,
    });
  });

  it('extends to now + expiresIn once updateAge has passed', () => {
    // Created (or last extended) exactly one hour ago.
    expect(checkSession({ expiresAt: at(7 * hour), userActive: true }, now)).toEqual({
      state: 'valid',
      extendTo: at(defaultSessionPolicy.expiresInSeconds * 1000),
    });
    expect(checkSession({ expiresAt: at(10), userActive: true }, now)).toMatchObject({
      extendTo: at(8 * hour),
    });
  });

  it('is expired strictly after expiresAt', () => {
    expect(checkSession({ expiresAt: at(-1), userActive: true }, now)).toEqual({ state: 'expired' });
    expect(checkSession({ expiresAt: now, userActive: true }, now).state).toBe('valid');
  });

  it('refuses a deactivated account, and says expired first when both hold', () => {
    expect(checkSession({ expiresAt: at(hour), userActive: false }, now)).toEqual({ state: 'inactive' });
    expect(checkSession({ expiresAt: at(-hour), userActive: false }, now)).toEqual({ state: 'expired' });
  });

  it('follows the policy it is given', () => {
    const policy = { expiresInSeconds: 600, updateAgeSeconds: 60 };
    expect(checkSession({ expiresAt: at(550 * 1000), userActive: true }, now, policy)).toEqual({
      state: 'valid',
      extendTo: null,
    });
    expect(checkSession({ expiresAt: at(530 * 1000), userActive: true }, now, policy)).toEqual({
      state: 'valid',
      extendTo: at(600 * 1000),
    });
  });
});
