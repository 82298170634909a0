import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor } from 'better-auth/plugins';
import { accounts, sessions, twoFactors, users, verifications, type Database } from '@srw/db';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@srw/domain';
import type { ServerConfig } from './config';

export const SESSION_COOKIE_PREFIX = 'srw';

/** The app name in authenticator apps (the TOTP issuer). */
export const TOTP_ISSUER = 'Samenwerkingsruimte';

/** better-auth endpoints that create a session only after a TOTP or recovery code was given. */
const secondFactorPaths = new Set(['/two-factor/verify-totp', '/two-factor/verify-backup-code']);

/**
 * better-auth handles password hashing, sessions in the database and the
 * session cookie. There is no open sign-up: admins create accounts through the
 * users service, and sign-in runs through the auth service (throttling, audit).
 */
export function createAuth(db: Database, config: ServerConfig) {
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
        organisationId: { type: 'string', required: true, input: false },
        globalRole: { type: 'string', required: true, input: false, defaultValue: 'member' },
        active: { type: 'boolean', required: true, input: false, defaultValue: true },
        version: { type: 'number', required: true, input: false, defaultValue: 1 },
        createdBy: { type: 'string', required: false, input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
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
      },
    },
    // Issue 13: a session created by giving a TOTP or recovery code carries that fact.
    databaseHooks: {
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
    plugins: [
      twoFactor({
        issuer: TOTP_ISSUER,
        // TOTP and recovery codes only; no e-mail codes. Secrets and recovery codes are stored encrypted.
        backupCodeOptions: { amount: 10, length: 10, storeBackupCodes: 'encrypted' },
      }),
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
