import { betterAuth, type BetterAuthOptions } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor } from 'better-auth/plugins';
import { accounts, sessions, twoFactors, users, verifications, type Database } from '@srw/db';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@srw/domain';
import type { ServerConfig } from './config';
import { clientAddress } from './http/client-address';

export const SESSION_COOKIE_PREFIX = 'srw';

/** The app name in authenticator apps (the TOTP issuer). */
export const TOTP_ISSUER = 'Samenwerkingsruimte';

/** better-auth endpoints that create a session only after a TOTP or recovery code was given. */
const secondFactorPaths = new Set(['/two-factor/verify-totp', '/two-factor/verify-backup-code']);

/**
 * OIDC (issue 13): what the sign-in-through-an-organisation's-provider instance
 * adds (`modules/identity-providers/federation.ts`): the genericOAuth plugin with
 * the providers from the database, account linking, the who-gets-in gate and
 * the hooks that stamp the session with its provider. The plain instance has none.
 */
export type FederationAuthOptions = Pick<BetterAuthOptions, 'plugins' | 'account' | 'databaseHooks'> & {
  validateUserInfo: NonNullable<NonNullable<BetterAuthOptions['user']>['validateUserInfo']>;
};

/**
 * better-auth handles password hashing, sessions in the database and the
 * session cookie. There is no open sign-up: admins create accounts through the
 * users service, and sign-in runs through the auth service (throttling, audit).
 */
export function createAuth(db: Database, config: ServerConfig, federation?: FederationAuthOptions) {
  return betterAuth({
    appName: 'Samenwerkingsruimte',
    baseURL: config.appUrl,
    secret: config.authSecret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        twoFactor: twoFactors,
      },
    }),
    user: {
      // Our columns on the user table; better-auth never writes them (accounts are
      // created by the users service, sign-up is off).
      additionalFields: {
        // Not required here: the column is NOT NULL, and the users service or the OIDC create hook
        // (the provider's organisation) fills it in; better-auth's own check would run before the hook.
        organisationId: { type: 'string', required: false, input: false },
        globalRole: { type: 'string', required: true, input: false, defaultValue: 'member' },
        active: { type: 'boolean', required: true, input: false, defaultValue: true },
        version: { type: 'number', required: true, input: false, defaultValue: 1 },
        createdBy: { type: 'string', required: false, input: false },
      },
      validateUserInfo: federation?.validateUserInfo, // OIDC (issue 13)
    },
    emailAndPassword: {
      // PASSWORD_SIGN_IN=false (OIDC, issue 13): better-auth refuses every password sign-in.
      enabled: config.passwordSignIn,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    // Our session check (`findSignedInUser`, `session-security.ts`) applies the lifetime and the idle timeout.
    session: {
      // The absolute lifetime; the idle timeout and "last use" are ours (`session-security.ts`),
      // so better-auth never rewrites a session on a request.
      expiresIn: config.sessionPolicy.maxHours * 60 * 60,
      disableSessionRefresh: true,
      additionalFields: {
        secondFactorVerified: { type: 'boolean', required: false, input: false, defaultValue: false },
        lastActiveAt: { type: 'date', required: false, input: false, defaultValue: () => new Date() },
        // OIDC (issue 13): which provider signed the session in, and whether its amr/acr counted as MFA.
        identityProviderId: { type: 'string', required: false, input: false },
        providerMfa: { type: 'boolean', required: false, input: false, defaultValue: false },
      },
    },
    // The federation instance (OIDC, issue 13) has its own hooks: its sessions come only from a provider's callback.
    // The plain instance marks a session created by giving a TOTP or recovery code.
    databaseHooks: withClientAddress(
      federation?.databaseHooks ?? {
        session: {
          create: {
            before: (session, endpoint) =>
              Promise.resolve(
                endpoint && secondFactorPaths.has(endpoint.path)
                  ? { data: { ...session, secondFactorVerified: true } }
                  : { data: session },
              ),
          },
        },
      },
      config.trustedProxyHops,
    ),
    account: federation?.account,
    plugins: [
      twoFactor({
        issuer: TOTP_ISSUER,
        // A person without a password (an account made through their organisation's provider) can enrol,
        // take new recovery codes and switch off without one; whoever has a password must still give it.
        // Our services let them only from a fresh provider sign-in (`secondFactorProof`, libs/domain).
        allowPasswordless: true,
        // TOTP and recovery codes only; no e-mail codes. Secrets and recovery codes are stored encrypted.
        backupCodeOptions: { amount: 10, length: 10, storeBackupCodes: 'encrypted' },
      }),
      ...(federation?.plugins ?? []),
    ],
    // Throttling is ours (per account and per address, shared through the database).
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: config.secureCookies,
      defaultCookieAttributes: { sameSite: 'lax', httpOnly: true, secure: config.secureCookies },
      database: { generateId: 'uuid' },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

type DatabaseHooks = NonNullable<BetterAuthOptions['databaseHooks']>;

/**
 * Every new session records the client's address as throttling and the audit
 * trail see it (`clientAddress`: the socket's peer, or the trusted proxies'
 * entry), never better-auth's own reading of a client-sent `X-Forwarded-For`,
 * shortened to its /64 for IPv6 ("Mijn sessies" showed `::1` as all zeros).
 */
export function withClientAddress(hooks: DatabaseHooks, trustedProxyHops: number): DatabaseHooks {
  const before = hooks.session?.create?.before;
  return {
    ...hooks,
    session: {
      ...hooks.session,
      create: {
        ...hooks.session?.create,
        async before(session, endpoint) {
          const result = before ? await before(session, endpoint) : undefined;
          if (result === false) return false;
          const data = result && typeof result === 'object' && 'data' in result ? result.data : session;
          const headers = endpoint?.headers ?? endpoint?.request?.headers;
          return { data: { ...data, ipAddress: headers ? clientAddress(headers, trustedProxyHops) : null } };
        },
      },
    },
  };
}
