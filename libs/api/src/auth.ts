import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { accounts, sessions, users, verifications, type Database } from '@srw/db';
import { defaultSessionPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@srw/domain';
import type { ServerConfig } from './config';

export const SESSION_COOKIE_PREFIX = 'srw';

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
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
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
    // Our session check (`findSignedInUser`) reads the same policy, so both extend and expire alike.
    session: {
      expiresIn: defaultSessionPolicy.expiresInSeconds,
      updateAge: defaultSessionPolicy.updateAgeSeconds,
    },
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
