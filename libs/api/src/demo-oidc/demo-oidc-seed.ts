import { findIdentityProviderBySlug, findOrganisationByCode, insertIdentityProvider, type Database } from '@srw/db';
import type { ServerConfig } from '../config';
import { encryptProviderSecret } from '../modules/identity-providers/provider-secret';
import type { DemoOidcIssuer } from './demo-oidc-provider';

/** The demo organisations' providers: one issuer each at `<DEMO_OIDC_URL>/<path>`. */
export const demoOidcOrganisations = [
  { path: 'defensie', organisation: 'DEFENSIE', title: 'Defensie (demo)', slug: 'defensie-demo' },
  { path: 'politie', organisation: 'POLITIE', title: 'Politie (demo)', slug: 'politie-demo' },
] as const;

export const DEMO_OIDC_CLIENT_ID = 'samenwerkingsruimte';
const demoSecret = (path: string) => `demo-clientgeheim-${path}`;

export function demoOidcIssuers(appUrls: readonly string[]): DemoOidcIssuer[] {
  return demoOidcOrganisations.map((org) => ({
    path: org.path,
    organisation: org.organisation,
    title: org.title,
    clientId: DEMO_OIDC_CLIENT_ID,
    clientSecret: demoSecret(org.path),
    redirectUris: appUrls.map((url) => `${url.replace(/\/$/, '')}/api/auth/callback/${org.slug}`),
    amr: ['pwd'],
  }));
}

/**
 * Registers "Inloggen via Defensie (demo)" and "… Politie (demo)" pointing at the
 * local demo provider (`config.demoOidcUrl`), once; an admin may change or disable them.
 */
export async function seedDemoIdentityProviders(
  db: Database,
  config: Pick<ServerConfig, 'authSecret' | 'demoOidcUrl'>,
) {
  for (const org of demoOidcOrganisations) {
    if (await findIdentityProviderBySlug(db, org.slug)) continue;
    const organisation = await findOrganisationByCode(db, org.organisation);
    if (!organisation) continue;
    await insertIdentityProvider(db, {
      slug: org.slug,
      organisationId: organisation.id,
      label: `Inloggen via ${org.title}`,
      issuer: `${config.demoOidcUrl}/${org.path}`,
      clientId: DEMO_OIDC_CLIENT_ID,
      clientSecretEncrypted: encryptProviderSecret(config.authSecret, demoSecret(org.path)),
      scopes: 'openid email profile',
      emailClaim: 'email',
      nameClaim: 'name',
      allowAccountCreation: false,
      mfaAmrValues: ['mfa', 'otp', 'hwk'],
      mfaAcrValues: [],
      enabled: true,
      createdBy: null,
    });
  }
}
