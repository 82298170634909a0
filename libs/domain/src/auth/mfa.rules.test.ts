import { describe, expect, it } from 'vitest';
import type { GlobalRole } from '../access/roles';
import {
  canManageSecondFactorWithoutPassword,
  isMfaRequiredFor,
  mfaRequirement,
  parseMfaRequiredRoles,
  secondFactorProof,
  type MfaSituation,
} from './mfa.rules';

const situation = (overrides: Partial<MfaSituation>): MfaSituation => ({
  globalRole: 'member',
  requiredRoles: ['admin', 'management'],
  twoFactorEnabled: false,
  secondFactorVerified: false,
  providerAssertedMfa: false,
  ...overrides,
});

describe('mfaRequirement', () => {
  it.each<GlobalRole>(['admin', 'management'])('sends a %s without a second factor to enrolment', (globalRole) => {
    expect(mfaRequirement(situation({ globalRole }))).toBe('enrol');
  });

  it('lets a member without a second factor in when members are not required', () => {
    expect(mfaRequirement(situation({ globalRole: 'member' }))).toBe('ok');
  });

  it('requires every configured role, members too', () => {
    expect(mfaRequirement(situation({ globalRole: 'member', requiredRoles: ['member'] }))).toBe('enrol');
    expect(mfaRequirement(situation({ globalRole: 'admin', requiredRoles: [] }))).toBe('ok');
  });

  it('accepts a session that gave its second factor', () => {
    expect(mfaRequirement(situation({ globalRole: 'admin', twoFactorEnabled: true, secondFactorVerified: true }))).toBe(
      'ok',
    );
  });

  it('asks a session that never gave the factor the account has to verify, whatever the role', () => {
    expect(mfaRequirement(situation({ globalRole: 'admin', twoFactorEnabled: true }))).toBe('verify');
    expect(mfaRequirement(situation({ globalRole: 'member', twoFactorEnabled: true }))).toBe('verify');
  });

  it("counts the identity provider's MFA assertion as the second factor", () => {
    expect(mfaRequirement(situation({ globalRole: 'admin', providerAssertedMfa: true }))).toBe('ok');
    expect(mfaRequirement(situation({ globalRole: 'admin', twoFactorEnabled: true, providerAssertedMfa: true }))).toBe(
      'ok',
    );
  });
});

describe('isMfaRequiredFor', () => {
  it('follows the configured roles', () => {
    expect(isMfaRequiredFor('admin', ['admin'])).toBe(true);
    expect(isMfaRequiredFor('member', ['admin'])).toBe(false);
  });
});

describe('parseMfaRequiredRoles', () => {
  it('defaults to admin and management', () => {
    expect(parseMfaRequiredRoles(undefined)).toEqual(['admin', 'management']);
  });

  it('reads a comma separated list, case and spaces aside, without repeats', () => {
    expect(parseMfaRequiredRoles(' Admin, member ,admin')).toEqual(['admin', 'member']);
  });

  it('reads "none" and an empty list as no role', () => {
    expect(parseMfaRequiredRoles('none')).toEqual([]);
    expect(parseMfaRequiredRoles('')).toEqual([]);
  });

  it('refuses a name that is not a global role', () => {
    expect(parseMfaRequiredRoles('admin,chair')).toBeNull();
  });
});

describe('how a person proves it is them before managing the second factor', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  const base = { hasPassword: false, signedInThroughProvider: true, sessionCreatedAt: minutesAgo(2), now };

  it('asks a person with a password for it, however fresh their session', () => {
    expect(secondFactorProof({ ...base, hasPassword: true })).toBe('password');
    expect(canManageSecondFactorWithoutPassword({ ...base, hasPassword: true })).toBe(false);
  });

  it('lets a person without a password go on from a provider sign-in of the last ten minutes', () => {
    expect(secondFactorProof(base)).toBe('recent-provider-sign-in');
    expect(secondFactorProof({ ...base, sessionCreatedAt: minutesAgo(9.9) })).toBe('recent-provider-sign-in');
  });

  it('sends them to sign in through the provider again after ten minutes', () => {
    expect(secondFactorProof({ ...base, sessionCreatedAt: minutesAgo(10) })).toBe('sign-in-again');
    expect(secondFactorProof({ ...base, sessionCreatedAt: minutesAgo(60) })).toBe('sign-in-again');
  });

  it('does not take a session that did not come from a provider, nor one dated in the future', () => {
    expect(secondFactorProof({ ...base, signedInThroughProvider: false })).toBe('sign-in-again');
    expect(secondFactorProof({ ...base, sessionCreatedAt: new Date(now.getTime() + 60_000) })).toBe('sign-in-again');
  });
});
