import { describe, expect, it } from 'vitest';
import { claimText, decideFederatedSignIn, providerAssertsMfa, signInErrorCode } from './identity-providers.rules';
import {
  createIdentityProviderSchema,
  normaliseScopes,
  updateIdentityProviderSchema,
} from './identity-providers.schema';
import { canManageIdentityProviders } from './identity-providers.permissions';

const POLITIE = '00000000-0000-4000-8000-000000000001';
const DEFENSIE = '00000000-0000-4000-8000-000000000002';
const provider = { organisationId: POLITIE, allowAccountCreation: false, enabled: true };

describe('decideFederatedSignIn', () => {
  it('signs in an active account of the provider organisation', () => {
    expect(
      decideFederatedSignIn({ provider, email: 'a@politie.nl', account: { organisationId: POLITIE, active: true } }),
    ).toEqual({ outcome: 'sign_in' });
  });

  it('never signs in an account of another organisation, even when creation is allowed', () => {
    for (const allowAccountCreation of [false, true]) {
      expect(
        decideFederatedSignIn({
          provider: { ...provider, allowAccountCreation },
          email: 'a@defensie.nl',
          account: { organisationId: DEFENSIE, active: true },
        }),
      ).toEqual({ outcome: 'refuse', code: 'OIDC_OTHER_ORGANISATION' });
    }
  });

  it('refuses an unknown person unless the provider may create accounts, then in its own organisation', () => {
    expect(decideFederatedSignIn({ provider, email: 'x@politie.nl', account: null })).toEqual({
      outcome: 'refuse',
      code: 'OIDC_UNKNOWN_ACCOUNT',
    });
    expect(
      decideFederatedSignIn({
        provider: { ...provider, allowAccountCreation: true },
        email: 'x@politie.nl',
        account: null,
      }),
    ).toEqual({ outcome: 'create', organisationId: POLITIE });
  });

  it('refuses a deactivated account, a missing address and a disabled or unknown provider', () => {
    const active = { organisationId: POLITIE, active: true };
    expect(
      decideFederatedSignIn({ provider, email: 'a@p.nl', account: { organisationId: POLITIE, active: false } }),
    ).toEqual({
      outcome: 'refuse',
      code: 'OIDC_ACCOUNT_INACTIVE',
    });
    expect(decideFederatedSignIn({ provider, email: null, account: active })).toMatchObject({ code: 'OIDC_NO_EMAIL' });
    expect(
      decideFederatedSignIn({ provider: { ...provider, enabled: false }, email: 'a@p.nl', account: active }),
    ).toMatchObject({ code: 'OIDC_PROVIDER_UNAVAILABLE' });
    expect(decideFederatedSignIn({ provider: null, email: 'a@p.nl', account: active })).toMatchObject({
      code: 'OIDC_PROVIDER_UNAVAILABLE',
    });
  });
});

describe('providerAssertsMfa', () => {
  const setting = { mfaAmrValues: ['mfa', 'otp'], mfaAcrValues: ['urn:politie:loa:substantieel'] };
  it('counts a named amr value or the named acr', () => {
    expect(providerAssertsMfa(setting, { amr: ['pwd', 'otp'] })).toBe(true);
    expect(providerAssertsMfa(setting, { amr: ['pwd'], acr: 'urn:politie:loa:substantieel' })).toBe(true);
  });
  it('counts nothing else, and nothing at all when no values are named', () => {
    expect(providerAssertsMfa(setting, { amr: ['pwd'] })).toBe(false);
    expect(providerAssertsMfa(setting, { amr: 'otp', acr: ['urn:politie:loa:substantieel'] })).toBe(false);
    expect(providerAssertsMfa({ mfaAmrValues: [], mfaAcrValues: [] }, { amr: ['mfa'], acr: 'x' })).toBe(false);
  });
});

describe('claims and error codes', () => {
  it('reads a claim as text only when it is a non-empty string', () => {
    expect(claimText({ email: ' a@b.nl ' }, 'email')).toBe('a@b.nl');
    expect(claimText({ email: ['a@b.nl'] }, 'email')).toBeNull();
    expect(claimText({ email: '  ' }, 'email')).toBeNull();
    expect(claimText({}, 'upn')).toBeNull();
  });
  it('passes our codes, maps better-auth ones and hides anything else', () => {
    expect(signInErrorCode('OIDC_UNKNOWN_ACCOUNT')).toBe('OIDC_UNKNOWN_ACCOUNT');
    expect(signInErrorCode('email_not_found')).toBe('OIDC_NO_EMAIL');
    expect(signInErrorCode('state_mismatch')).toBe('OIDC_FAILED');
    expect(signInErrorCode('<script>')).toBe('OIDC_FAILED');
    expect(signInErrorCode('toString')).toBe('OIDC_FAILED');
    expect(signInErrorCode(null)).toBeNull();
  });
});

describe('provider schema', () => {
  const valid = {
    slug: 'Politie',
    organisationId: POLITIE,
    label: 'Inloggen via Politie',
    issuer: 'https://login.politie.nl/realms/srw/',
    clientId: 'srw',
    clientSecret: 'geheim',
  };
  it('normalises slug, issuer and scopes and applies the defaults', () => {
    expect(createIdentityProviderSchema.parse({ ...valid, scopes: 'email openid  profile' })).toMatchObject({
      slug: 'politie',
      issuer: 'https://login.politie.nl/realms/srw',
      scopes: 'openid email profile',
      emailClaim: 'email',
      allowAccountCreation: false,
      mfaAmrValues: [],
      enabled: true,
    });
    expect(normaliseScopes('')).toBe('openid');
  });
  it('refuses an issuer with a query or another scheme, a bad slug and a missing secret on create', () => {
    expect(createIdentityProviderSchema.safeParse({ ...valid, issuer: 'https://x.nl/?a=1' }).success).toBe(false);
    expect(createIdentityProviderSchema.safeParse({ ...valid, issuer: 'ftp://x.nl' }).success).toBe(false);
    expect(createIdentityProviderSchema.safeParse({ ...valid, slug: '../x' }).success).toBe(false);
    expect(createIdentityProviderSchema.safeParse({ ...valid, clientSecret: '' }).success).toBe(false);
  });
  it('keeps the stored secret when an update leaves it empty', () => {
    const { slug: _slug, ...fields } = valid;
    expect(
      updateIdentityProviderSchema.parse({ ...fields, id: POLITIE, version: 1, clientSecret: '' }).clientSecret,
    ).toBe('');
  });
});

describe('canManageIdentityProviders', () => {
  it('is for admins only', () => {
    const actor = (globalRole: 'admin' | 'management' | 'member') => ({
      userId: POLITIE,
      organisationId: POLITIE,
      globalRole,
    });
    expect(canManageIdentityProviders(actor('admin'))).toBe(true);
    expect(canManageIdentityProviders(actor('management'))).toBe(false);
    expect(canManageIdentityProviders(actor('member'))).toBe(false);
  });
});
