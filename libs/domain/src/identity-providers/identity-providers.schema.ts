import { z } from 'zod';
import { optionalText, requiredText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';

/**
 * The provider's id in addresses: better-auth's provider id, so the redirect
 * URI an organisation registers is `APP_URL/api/auth/callback/<slug>`.
 */
export const identityProviderSlugSchema = /* @__PURE__ */ (() =>
  textString({ error: v.required })
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, { error: 'validation.providerSlug' }))();

/** An issuer is an absolute http(s) URL without query or fragment (OpenID Connect Discovery 1.0, §2). */
export const issuerUrlSchema = /* @__PURE__ */ (() =>
  textString({ error: v.required })
    .trim()
    .max(500, { error: v.tooLong })
    .refine(
      (value) => {
        if (!URL.canParse(value)) return false;
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.search === '' && url.hash === '';
      },
      { error: 'validation.issuerUrl' },
    )
    .transform((value) => value.replace(/\/$/, '')))();

/** A claim name as it appears in an ID token (`email`, `upn`, `preferred_username`). */
const claimNameSchema = /* @__PURE__ */ (() =>
  textString({ error: v.required })
    .trim()
    .regex(/^[A-Za-z0-9_:./-]{1,100}$/, { error: 'validation.claimName' }))();

/** Space-separated scopes; `openid` is always requested. */
const scopesSchema = /* @__PURE__ */ (() =>
  textString()
    .trim()
    .max(300, { error: v.tooLong })
    // RFC 6749 §3.3 scope tokens, separated by whitespace.
    .refine((value) => value.split(/\s+/).every((scope) => scope === '' || /^[\x21\x23-\x5B\x5D-\x7E]+$/.test(scope)), {
      error: 'validation.scopes',
    })
    .transform((value) => normaliseScopes(value)))();

/** amr or acr values that count as a second factor (`mfa`, `otp`, `hwk`, an acr URI). */
const mfaValuesSchema = /* @__PURE__ */ (() =>
  z
    .array(textString().trim().min(1, { error: v.required }).max(200, { error: v.tooLong }))
    .max(20)
    .default([])
    .transform((values) => [...new Set(values)]))();

export function normaliseScopes(value: string): string {
  const scopes = value.split(/\s+/).filter((scope) => scope !== '');
  return ['openid', ...scopes.filter((scope) => scope !== 'openid')]
    .filter((s, i, all) => all.indexOf(s) === i)
    .join(' ');
}

const providerFields = /* @__PURE__ */ (() => ({
  organisationId: uuidSchema,
  label: requiredText(120),
  issuer: issuerUrlSchema,
  clientId: requiredText(300),
  scopes: scopesSchema.default('openid email profile'),
  emailClaim: claimNameSchema.default('email'),
  nameClaim: claimNameSchema.default('name'),
  allowAccountCreation: z.boolean().default(false),
  mfaAmrValues: mfaValuesSchema,
  mfaAcrValues: mfaValuesSchema,
  enabled: z.boolean().default(true),
}))();

export const createIdentityProviderSchema = /* @__PURE__ */ (() =>
  z.object({
    slug: identityProviderSlugSchema,
    ...providerFields,
    /** Write-only: stored encrypted, never sent back. */
    clientSecret: requiredText(2000),
  }))();
export type CreateIdentityProviderInput = z.infer<typeof createIdentityProviderSchema>;

export const updateIdentityProviderSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    ...providerFields,
    /** Empty keeps the stored secret. */
    clientSecret: optionalText(2000),
  }))();
export type UpdateIdentityProviderInput = z.infer<typeof updateIdentityProviderSchema>;

export const identityProviderIdSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema }))();
