import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  classificationSchema,
  DEFAULT_CLASSIFICATION,
  DEFAULT_SESSION_POLICY,
  parseMfaRequiredRoles,
  type Classification,
  type GlobalRole,
  type SessionLifetimePolicy,
} from '@srw/domain';

/**
 * Server configuration: the environment is parsed here, once, with zod.
 * Nothing else in libs/ or apps/web reads `process.env` (lint forbids it).
 */
export interface ServerConfig {
  databaseUrl: string | undefined;
  pgliteDataDir: string;
  /** The committed migrations folder when it is not beside the code (container images). */
  migrationsDir: string | undefined;
  classificationCeiling: Classification;
  /** Proxies in front of the app that append to X-Forwarded-For and are trusted (see `clientAddress`). */
  trustedProxyHops: number;
  appUrl: string;
  appVersion: string;
  authSecret: string;
  secureCookies: boolean;
  seedDemoData: boolean;
  production: boolean;
  /**
   * BACKUP_TOKEN: when set, `GET /api/beheer/backup` also answers a request
   * with `Authorization: Bearer <token>` (how `npm run db:backup` asks a
   * running app for a backup); unset, only a signed-in admin gets one.
   */
  backupToken: string | undefined;
  /**
   * SMTP_URL (`smtp://user:pass@host:587`, `smtps://…`): where mails go. Unset:
   * a local SMTP catcher in the app process keeps them in the database for
   * admins to read (`/beheer/e-mail`).
   */
  smtpUrl: string | undefined;
  /** MAIL_FROM: the sender of every mail. */
  mailFrom: string;
  /** JOBS=false: this instance runs no background jobs (reminders, mail). */
  jobsEnabled: boolean;
  /** MAIL_DIGEST_CRON: when the daily digest goes out (cron, Dutch time). */
  digestCron: string;
  /** MFA_REQUIRED_ROLES: global roles that must use a second factor (default admin, management). */
  mfaRequiredRoles: GlobalRole[];
  /** SESSION_IDLE_MINUTES and SESSION_MAX_HOURS: a session ends after this long unused, and this long after it began. */
  sessionPolicy: SessionLifetimePolicy;
  /** PASSWORD_SIGN_IN=false: the sign-in page offers only the organisations' providers (recommended in production). */
  passwordSignIn: boolean;
  /**
   * DEMO_OIDC_PORT (default 3300): where the local demo OpenID provider listens
   * (`http://localhost:<port>/<organisation>`); the demo seed registers its issuers.
   */
  demoOidcUrl: string;
}

const DEV_SECRET = 'samenwerkingsruimte-dev-secret-not-for-production-use';

/** An empty variable counts as unset, as shells and compose files write it. */
const optional = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const url = (name: string) =>
  optional.refine((value) => value === undefined || URL.canParse(value), {
    message: `${name} is geen geldige URL`,
  });

export const serverEnvSchema = z
  .object({
    NODE_ENV: optional,
    PORT: optional.refine((value) => value === undefined || /^\d{1,5}$/.test(value), {
      message: 'PORT is geen poortnummer',
    }),
    APP_URL: url('APP_URL'),
    BETTER_AUTH_URL: url('BETTER_AUTH_URL'),
    APP_VERSION: optional,
    BETTER_AUTH_SECRET: optional,
    AUTH_SECRET: optional,
    DATABASE_URL: optional.refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: 'DATABASE_URL moet met postgres:// of postgresql:// beginnen',
    }),
    PGLITE_DATA_DIR: optional,
    MIGRATIONS_DIR: optional,
    CLASSIFICATION_CEILING: optional.refine(
      (value) => value === undefined || classificationSchema.safeParse(value.toUpperCase()).success,
      { message: 'CLASSIFICATION_CEILING is ONGERUBRICEERD of DEPARTEMENTAAL_VERTROUWELIJK' },
    ),
    TRUSTED_PROXY_HOPS: optional.refine((value) => value === undefined || /^[0-5]$/.test(value), {
      message: "TRUSTED_PROXY_HOPS is een aantal proxy's van 0 tot en met 5",
    }),
    BACKUP_TOKEN: optional.refine((value) => value === undefined || value.length >= 16, {
      message: 'BACKUP_TOKEN heeft minstens 16 tekens',
    }),
    SEED_DEMO_DATA: optional.refine((value) => value === undefined || value === 'true' || value === 'false', {
      message: 'SEED_DEMO_DATA is true of false',
    }),
    SMTP_URL: optional.refine((value) => value === undefined || /^smtps?:\/\/[^\s]+$/.test(value), {
      message: 'SMTP_URL moet met smtp:// of smtps:// beginnen',
    }),
    MAIL_FROM: optional,
    JOBS: optional.refine((value) => value === undefined || value === 'true' || value === 'false', {
      message: 'JOBS is true of false',
    }),
    PASSWORD_SIGN_IN: optional.refine((value) => value === undefined || value === 'true' || value === 'false', {
      message: 'PASSWORD_SIGN_IN is true of false',
    }),
    DEMO_OIDC_PORT: optional.refine((value) => value === undefined || /^\d{1,5}$/.test(value), {
      message: 'DEMO_OIDC_PORT is geen poortnummer',
    }),
    MAIL_DIGEST_CRON: optional.refine((value) => value === undefined || value.split(/\s+/).length === 5, {
      message: 'MAIL_DIGEST_CRON is een cron-regel met vijf velden, bijvoorbeeld "0 7 * * *"',
    }),
    MFA_REQUIRED_ROLES: optional.refine((value) => parseMfaRequiredRoles(value) !== null, {
      message: 'MFA_REQUIRED_ROLES noemt rollen uit admin, management en member (komma-gescheiden), of none',
    }),
    SESSION_IDLE_MINUTES: optional.refine(
      (value) => value === undefined || (/^\d{1,4}$/.test(value) && Number(value) >= 5),
      {
        message: 'SESSION_IDLE_MINUTES is een aantal minuten, minstens 5',
      },
    ),
    SESSION_MAX_HOURS: optional.refine(
      (value) => value === undefined || (/^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 720),
      { message: 'SESSION_MAX_HOURS is een aantal uren van 1 tot en met 720' },
    ),
  })
  .superRefine((env, context) => {
    const appUrl = env.APP_URL ?? env.BETTER_AUTH_URL ?? '';
    if (
      env.NODE_ENV === 'production' &&
      appUrl.startsWith('https://') &&
      !(env.BETTER_AUTH_SECRET ?? env.AUTH_SECRET)
    ) {
      context.addIssue({
        code: 'custom',
        path: ['BETTER_AUTH_SECRET'],
        message: 'BETTER_AUTH_SECRET ontbreekt: zet een lang willekeurig geheim voor een productieomgeving',
      });
    }
  });

/** The environment does not describe a server we can start; the message names every wrong variable. */
export class ServerConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ongeldige serverconfiguratie:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ServerConfigError';
  }
}

export function readServerConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ServerConfigError(
      parsed.error.issues.map((issue) =>
        issue.path.length > 0 && !issue.message.startsWith(String(issue.path[0]))
          ? `${issue.path.join('.')}: ${issue.message}`
          : issue.message,
      ),
    );
  }
  const e = parsed.data;
  const appUrl = (e.APP_URL ?? e.BETTER_AUTH_URL ?? `http://localhost:${e.PORT ?? '3000'}`).replace(/\/$/, '');
  const secret = e.BETTER_AUTH_SECRET ?? e.AUTH_SECRET;
  return {
    databaseUrl: e.DATABASE_URL,
    pgliteDataDir: path.resolve(/*turbopackIgnore: true*/ e.PGLITE_DATA_DIR ?? findRepoRelative('.data/pglite')),
    migrationsDir: e.MIGRATIONS_DIR ? path.resolve(/*turbopackIgnore: true*/ e.MIGRATIONS_DIR) : undefined,
    classificationCeiling: e.CLASSIFICATION_CEILING
      ? classificationSchema.parse(e.CLASSIFICATION_CEILING.toUpperCase())
      : DEFAULT_CLASSIFICATION,
    trustedProxyHops: Number(e.TRUSTED_PROXY_HOPS ?? '0'),
    appUrl,
    appVersion: e.APP_VERSION ?? '0.1.0',
    authSecret: secret ?? DEV_SECRET,
    secureCookies: appUrl.startsWith('https://'),
    seedDemoData: e.SEED_DEMO_DATA !== 'false',
    production: e.NODE_ENV === 'production',
    backupToken: e.BACKUP_TOKEN,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? 'Samenwerkingsruimte <noreply@samenwerkingsruimte.example>',
    jobsEnabled: e.JOBS !== 'false',
    digestCron: e.MAIL_DIGEST_CRON ?? '0 7 * * *',
    mfaRequiredRoles: parseMfaRequiredRoles(e.MFA_REQUIRED_ROLES) ?? [],
    sessionPolicy: {
      idleMinutes: e.SESSION_IDLE_MINUTES ? Number(e.SESSION_IDLE_MINUTES) : DEFAULT_SESSION_POLICY.idleMinutes,
      maxHours: e.SESSION_MAX_HOURS ? Number(e.SESSION_MAX_HOURS) : DEFAULT_SESSION_POLICY.maxHours,
    },
    passwordSignIn: e.PASSWORD_SIGN_IN !== 'false',
    demoOidcUrl: `http://localhost:${e.DEMO_OIDC_PORT ?? '3300'}`,
  };
}

let parsedOnce: ServerConfig | undefined;

/** The process's configuration, parsed on first use and kept. */
export function serverConfig(): ServerConfig {
  parsedOnce ??= readServerConfig();
  return parsedOnce;
}

/**
 * `.data/pglite` is relative to the repository root, also when the server runs
 * from apps/web: walk up to the folder that has nx.json.
 */
function findRepoRelative(relative: string): string {
  let dir = process.cwd();
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(path.join(/*turbopackIgnore: true*/ dir, 'nx.json')))
      return path.join(/*turbopackIgnore: true*/ dir, relative);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.resolve(relative);
}
