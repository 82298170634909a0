import { describe, expect, it } from 'vitest';
import { readServerConfig, ServerConfigError } from './config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    readServerConfig(env);
    return [];
  } catch (error) {
    return error instanceof ServerConfigError ? error.problems : ['not a ServerConfigError'];
  }
}

describe('readServerConfig: second factor and sessions (issue 13)', () => {
  it('requires a second factor of admin and management, with a 60-minute idle timeout and 12-hour lifetime, by default', () => {
    const config = readServerConfig({});
    expect(config.mfaRequiredRoles).toEqual(['admin', 'management']);
    expect(config.sessionPolicy).toEqual({ idleMinutes: 60, maxHours: 12 });
  });

  it('reads the roles and the session limits', () => {
    const config = readServerConfig({
      MFA_REQUIRED_ROLES: 'admin, member',
      SESSION_IDLE_MINUTES: '30',
      SESSION_MAX_HOURS: '8',
    });
    expect(config.mfaRequiredRoles).toEqual(['admin', 'member']);
    expect(config.sessionPolicy).toEqual({ idleMinutes: 30, maxHours: 8 });
    expect(readServerConfig({ MFA_REQUIRED_ROLES: 'none' }).mfaRequiredRoles).toEqual([]);
  });

  it('names a wrong role or limit', () => {
    const problems = problemsOf({
      MFA_REQUIRED_ROLES: 'admin,chair',
      SESSION_IDLE_MINUTES: '2',
      SESSION_MAX_HOURS: '0',
    });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/MFA_REQUIRED_ROLES/);
    expect(problems.join('\n')).toMatch(/SESSION_IDLE_MINUTES/);
    expect(problems.join('\n')).toMatch(/SESSION_MAX_HOURS/);
  });
});

describe('readServerConfig', () => {
  it('has working defaults for the embedded demo', () => {
    const config = readServerConfig({});
    expect(config).toMatchObject({
      databaseUrl: undefined,
      appUrl: 'http://localhost:3000',
      classificationCeiling: 'ONGERUBRICEERD',
      seedDemoData: true,
      secureCookies: false,
      production: false,
      migrationsDir: undefined,
      appVersion: '0.1.0',
      trustedProxyHops: 0,
      passwordSignIn: true,
      demoOidcUrl: 'http://localhost:3300',
    });
    expect(config.pgliteDataDir).toMatch(/\.data[/\\]pglite$/);
  });

  it('reads every setting, treating empty variables as unset', () => {
    const config = readServerConfig({
      DATABASE_URL: 'postgres://app@db:5432/srw',
      APP_URL: 'https://samenwerkingsruimte.example/',
      NODE_ENV: 'production',
      BETTER_AUTH_SECRET: 'x'.repeat(40),
      CLASSIFICATION_CEILING: 'departementaal_vertrouwelijk',
      SEED_DEMO_DATA: 'false',
      APP_VERSION: '1.2.3',
      MIGRATIONS_DIR: '/app/migrations',
      PGLITE_DATA_DIR: '',
      TRUSTED_PROXY_HOPS: '1',
      PASSWORD_SIGN_IN: 'false',
      DEMO_OIDC_PORT: '4300',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://app@db:5432/srw',
      appUrl: 'https://samenwerkingsruimte.example',
      secureCookies: true,
      production: true,
      classificationCeiling: 'DEPARTEMENTAAL_VERTROUWELIJK',
      seedDemoData: false,
      appVersion: '1.2.3',
      migrationsDir: '/app/migrations',
      trustedProxyHops: 1,
      passwordSignIn: false,
      demoOidcUrl: 'http://localhost:4300',
    });
    expect(config.pgliteDataDir).toMatch(/\.data[/\\]pglite$/);
  });

  it('names every wrong variable at once', () => {
    expect(
      problemsOf({
        DATABASE_URL: 'mysql://x',
        CLASSIFICATION_CEILING: 'GEHEIM',
        SEED_DEMO_DATA: 'yes',
        PORT: 'eighty',
        APP_URL: 'not a url',
        TRUSTED_PROXY_HOPS: 'all',
      }),
    ).toEqual([
      'PORT is geen poortnummer',
      'APP_URL is geen geldige URL',
      'DATABASE_URL moet met postgres:// of postgresql:// beginnen',
      'CLASSIFICATION_CEILING is ONGERUBRICEERD of DEPARTEMENTAAL_VERTROUWELIJK',
      "TRUSTED_PROXY_HOPS is een aantal proxy's van 0 tot en met 5",
      'SEED_DEMO_DATA is true of false',
    ]);
  });

  it('refuses production over https without a secret', () => {
    expect(problemsOf({ NODE_ENV: 'production', APP_URL: 'https://srw.example' })).toEqual([
      'BETTER_AUTH_SECRET ontbreekt: zet een lang willekeurig geheim voor een productieomgeving',
    ]);
  });
});
