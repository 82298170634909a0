import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { genericOAuth, type GenericOAuthConfig, type GenericOAuthUserInfo } from 'better-auth/plugins/generic-oauth';
import { decodeJwt } from 'jose';
import {
  findFederationAccount,
  findIdentityProviderBySlug,
  identityProvidersFingerprint,
  listIdentityProvidersForSignIn,
  type AuditOrigin,
  type Database,
  type IdentityProviderRow,
} from '@srw/db';
import { claimText, decideFederatedSignIn, providerAssertsMfa, type FederatedSignInErrorCode } from '@srw/domain';
import { createAuth, type Auth, type FederationAuthOptions } from '../../auth';
import { recordAudit } from '../../audit-log';
import type { ServerConfig } from '../../config';
import { decryptProviderSecret } from './provider-secret';

/**
 * What one federated request (a provider's callback) has learned: where it
 * comes from, and the who-gets-in decision the hooks act on. Kept per request
 * with AsyncLocalStorage, so the better-auth hooks of one callback never see
 * another's decision.
 */
interface FederationRequest {
  origin: AuditOrigin;
  decision?: {
    providerId: string;
    slug: string;
    organisationId: string;
    providerMfa: boolean;
  };
  /** A session was created for this request (the callback ended in a sign-in); the throttle settles it. */
  signedIn?: boolean;
}

const federationRequest = new AsyncLocalStorage<FederationRequest>();

/** Runs one request through the federation instance with its own decision store; whether it signed someone in. */
export async function runFederationRequest<T>(
  origin: AuditOrigin,
  fn: () => Promise<T>,
): Promise<{ result: T; signedIn: boolean }> {
  const request: FederationRequest = { origin };
  const result = await federationRequest.run(request, fn);
  return { result, signedIn: request.signedIn === true };
}

/** The claims of an ID token the plugin has already verified (signature, issuer, audience, nonce). */
function verifiedClaims(idToken: string): Record<string, unknown> | null {
  try {
    return decodeJwt(idToken);
  } catch {
    return null;
  }
}

/**
 * better-auth's genericOAuth setup for one provider: discovery from the issuer,
 * authorization code with PKCE, state in the database (every instance can finish
 * a sign-in another began), and the ID token verified against the provider's
 * JWKS, issuer, audience and nonce by the plugin (`requireIdTokenVerification`).
 * The profile comes from that verified ID token only, never from an unverified source.
 */
function genericConfigOf(row: IdentityProviderRow, clientSecret: string): GenericOAuthConfig {
  return {
    providerId: row.slug,
    name: row.label,
    discoveryUrl: `${row.issuer}/.well-known/openid-configuration`,
    clientId: row.clientId,
    clientSecret,
    scopes: row.scopes.split(' ').filter((scope) => scope !== ''),
    pkce: true,
    requireIdTokenVerification: true,
    // Called after the plugin verified the ID token; without one there is nothing verified to read.
    async getUserInfo(tokens): Promise<GenericOAuthUserInfo | null> {
      const claims = tokens.idToken ? verifiedClaims(tokens.idToken) : null;
      const sub = claims?.sub;
      if (!claims || typeof sub !== 'string') return null;
      const email = claimText(claims, row.emailClaim)?.toLowerCase() ?? null;
      return {
        id: sub,
        sub,
        email: email ?? undefined,
        name: claimText(claims, row.nameClaim) ?? email ?? sub,
        // The provider is authoritative for its organisation's addresses (see decideFederatedSignIn).
        emailVerified: true,
        amr: claims.amr,
        acr: claims.acr,
      };
    },
  };
}

async function auditRefusal(
  db: Database,
  origin: AuditOrigin,
  refusal: {
    code: FederatedSignInErrorCode;
    email: string | null;
    provider: IdentityProviderRow | null;
    userId: string | null;
  },
) {
  await recordAudit(
    db,
    { origin },
    {
      actorId: refusal.userId,
      action: 'sign_in_refused',
      entityType: 'login_attempt',
      entityId: randomUUID(),
      after: { email: refusal.email, provider: refusal.provider?.label ?? null, reason: refusal.code },
    },
  );
}

/** The who-gets-in gate, the session stamp and the audit, as better-auth options. */
function federationOptions(
  db: Database,
  rows: IdentityProviderRow[],
  configs: GenericOAuthConfig[],
): FederationAuthOptions {
  return {
    plugins: [genericOAuth({ config: configs })],
    account: {
      accountLinking: {
        enabled: true,
        // Every configured provider is authoritative for its organisation's addresses;
        // accounts made by an admin have no verified address of their own.
        trustedProviders: rows.map((row) => row.slug),
        requireLocalEmailVerified: false,
      },
      updateAccountOnSignIn: true,
    },
    async validateUserInfo(data) {
      const request = federationRequest.getStore();
      const slug = data.source.method === 'oauth' ? data.source.oauth?.providerId : undefined;
      if (!request || !slug) return { error: 'OIDC_FAILED' };
      const provider = await findIdentityProviderBySlug(db, slug);
      const email = typeof data.user.email === 'string' ? data.user.email.toLowerCase() : null;
      const userId = data.source.action === 'create-user' ? undefined : (data.user as { id?: unknown }).id;
      const account =
        typeof userId === 'string'
          ? await findFederationAccount(db, { id: userId })
          : email
            ? await findFederationAccount(db, { email })
            : null;
      const decision = decideFederatedSignIn({ provider, email, account });
      if (decision.outcome === 'refuse' || !provider) {
        const code = decision.outcome === 'refuse' ? decision.code : 'OIDC_PROVIDER_UNAVAILABLE';
        await auditRefusal(db, request.origin, { code, email, provider, userId: account?.id ?? null });
        return { error: code };
      }
      request.decision = {
        providerId: provider.id,
        slug: provider.slug,
        organisationId: provider.organisationId,
        providerMfa: providerAssertsMfa(provider, data.source.oauth?.profile ?? {}),
      };
      return undefined;
    },
    databaseHooks: {
      user: {
        create: {
          // Only a decision of this request creates an account, and always in the provider's organisation.
          async before(user) {
            const decision = federationRequest.getStore()?.decision;
            if (!decision) return false;
            return { data: { ...user, organisationId: decision.organisationId } };
          },
          async after(user) {
            const request = federationRequest.getStore();
            if (!request?.decision) return;
            await recordAudit(db, request, {
              actorId: user.id,
              action: 'create',
              entityType: 'user',
              entityId: user.id,
              after: {
                name: user.name,
                email: user.email,
                organisationId: request.decision.organisationId,
                provider: request.decision.slug,
              },
            });
          },
        },
      },
      session: {
        create: {
          // A session of this instance exists only after the gate decided, and says which provider made it.
          async before(session) {
            const decision = federationRequest.getStore()?.decision;
            if (!decision) return false;
            return {
              data: { ...session, identityProviderId: decision.providerId, providerMfa: decision.providerMfa },
            };
          },
          async after(session) {
            const request = federationRequest.getStore();
            if (!request?.decision) return;
            request.signedIn = true;
            await recordAudit(db, request, {
              actorId: session.userId,
              action: 'sign_in',
              entityType: 'user',
              entityId: session.userId,
              after: { provider: request.decision.slug, providerMfa: request.decision.providerMfa },
            });
          },
        },
      },
    },
  };
}

export interface Federation {
  /** The better-auth instance for the providers as they are in the database now. */
  auth(): Promise<Auth>;
}

/**
 * Sign-in through the organisations' providers. The providers live in the
 * database, and better-auth takes its provider list when an instance is made,
 * so every federated request compares a cheap fingerprint of the table
 * (`identityProvidersFingerprint`: count, versions, last change) with the one
 * this instance was built from and rebuilds when it moved. Every app instance
 * does the same, so a change by an admin on one reaches all at their next
 * sign-in, with nothing held only in memory.
 */
export function createFederation(
  db: Database,
  config: ServerConfig,
  log: (m: string) => void = () => undefined,
): Federation {
  let current: { fingerprint: string; auth: Auth } | null = null;
  return {
    async auth() {
      const fingerprint = await identityProvidersFingerprint(db);
      if (current?.fingerprint === fingerprint) return current.auth;
      const rows = await listIdentityProvidersForSignIn(db);
      const configs: GenericOAuthConfig[] = [];
      for (const row of rows.filter((r) => r.enabled)) {
        const secret = decryptProviderSecret(config.authSecret, row.clientSecretEncrypted);
        if (secret === null) {
          log(
            `Inlogprovider ${row.slug}: het clientgeheim is niet te ontsleutelen (ander BETTER_AUTH_SECRET?); overgeslagen.`,
          );
          continue;
        }
        configs.push(genericConfigOf(row, secret));
      }
      const auth = createAuth(db, config, federationOptions(db, rows, configs));
      current = { fingerprint, auth };
      return auth;
    },
  };
}
