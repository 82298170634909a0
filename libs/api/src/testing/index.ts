import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import {
  findOrganisationByCode,
  insertUserWithPassword,
  memberships,
  replaceGroupOrganisations,
  workingGroups,
  type DatabaseHandle,
} from '@srw/db';
import { createTestDatabase } from '@srw/db/testing';
import type { GlobalRole, GroupRole } from '@srw/domain';
import { createAuth, type Auth } from '../auth';
import type { ServerConfig } from '../config';
import { createContext, type Context, type SessionUser } from '../context';
import { createCaller } from '../root';

export { createAuth } from '../auth';

export const TEST_PASSWORD = 'test-wachtwoord-lang-genoeg';

export interface TestHarness {
  handle: DatabaseHandle;
  auth: Auth;
  config: ServerConfig;
  /** A caller acting as `user` (null: anonymous), without going through cookies. */
  callerFor(user: SessionUser | null, headers?: HeadersInit): ReturnType<typeof createCaller>;
  /** A context built the way the HTTP handler builds it, from request headers. */
  contextFromHeaders(headers: HeadersInit): Promise<Context>;
  createUser(spec: {
    name: string;
    organisation: string;
    globalRole?: GlobalRole;
    email?: string;
  }): Promise<SessionUser>;
  createGroup(spec: { name: string; organisations: string[]; members: [SessionUser, GroupRole][] }): Promise<string>;
  close(): Promise<void>;
}

let counter = 0;

/**
 * A migrated database with reference data and callers on it: in-memory PGlite, or
 * PostgreSQL as `createTestDatabase` decides. With `overrides.databaseUrl` it uses
 * exactly that database and keeps it on `close()` (the benchmark's own database).
 */
export async function createTestHarness(overrides: Partial<ServerConfig> = {}): Promise<TestHarness> {
  const handle = await createTestDatabase({ databaseUrl: overrides.databaseUrl });
  const config: ServerConfig = {
    databaseUrl: undefined,
    pgliteDataDir: ':memory:',
    migrationsDir: undefined,
    classificationCeiling: 'ONGERUBRICEERD',
    // The integration tests play one trusted proxy: they set X-Forwarded-For as nginx would.
    trustedProxyHops: 1,
    appUrl: 'http://localhost:3000',
    appVersion: 'test',
    authSecret: 'integration-test-secret-at-least-32-characters',
    secureCookies: false,
    seedDemoData: false,
    production: false,
    backupToken: undefined,
    smtpUrl: undefined,
    mailFrom: 'Samenwerkingsruimte <noreply@test.example>',
    jobsEnabled: false,
    digestCron: '0 7 * * *',
    mfaRequiredRoles: ['admin', 'management'],
    sessionPolicy: { idleMinutes: 60, maxHours: 12 },
    passwordSignIn: true,
    demoOidcUrl: 'http://localhost:3300',
    ...overrides,
  };
  const auth = createAuth(handle.db, config);
  const passwordHash = await hashPassword(TEST_PASSWORD);

  const baseContext = (user: SessionUser | null, headers: HeadersInit = {}): Context => ({
    db: handle.db,
    auth,
    user,
    // A caller built from a user stands for a fully usable session (its second factor given).
    session: user ? { id: randomUUID(), user, mfa: 'ok', secondFactorRequired: false, twoFactorEnabled: false } : null,
    headers: new Headers(headers),
    resHeaders: new Headers(),
    origin: { ip: '127.0.0.1', userAgent: 'vitest' },
    classificationCeiling: config.classificationCeiling,
    appUrl: config.appUrl,
  });

  return {
    handle,
    auth,
    config,
    callerFor: (user, headers) => createCaller(baseContext(user, headers)),
    contextFromHeaders: (headers) =>
      createContext({
        headers: new Headers(headers),
        resHeaders: new Headers(),
        db: handle.db,
        auth,
        classificationCeiling: config.classificationCeiling,
        appUrl: config.appUrl,
        trustedProxyHops: config.trustedProxyHops,
        security: config,
      }),
    async createUser(spec) {
      const organisation = await findOrganisationByCode(handle.db, spec.organisation);
      if (!organisation) throw new Error(`unknown organisation ${spec.organisation}`);
      counter += 1;
      const email = spec.email ?? `${spec.name.toLowerCase().replace(/[^a-z]+/g, '.')}.${counter}@test.example`;
      const user = await insertUserWithPassword(handle.db, {
        name: spec.name,
        email,
        organisationId: organisation.id,
        globalRole: spec.globalRole ?? 'member',
        passwordHash,
        createdBy: null,
      });
      return {
        userId: user.id,
        organisationId: organisation.id,
        globalRole: user.globalRole,
        name: user.name,
        email: user.email,
        organisationCode: organisation.code,
        organisationName: organisation.name,
      };
    },
    async createGroup(spec) {
      const [group] = await handle.db
        .insert(workingGroups)
        .values({ name: spec.name, theme: `Thema van ${spec.name}` })
        .returning();
      if (!group) throw new Error('no group');
      const organisationIds: string[] = [];
      for (const code of spec.organisations) {
        const organisation = await findOrganisationByCode(handle.db, code);
        if (organisation) organisationIds.push(organisation.id);
      }
      await replaceGroupOrganisations(handle.db, group.id, organisationIds);
      for (const [user, role] of spec.members) {
        await handle.db.insert(memberships).values({ groupId: group.id, userId: user.userId, role });
      }
      return group.id;
    },
    close: () => handle.close(),
  };
}

/** Runs `fn` and returns the tRPC error code it failed with, or 'OK'. */
export async function outcome(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
    return 'OK';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : 'THREW';
  }
}

export interface RoleFixture {
  admin: SessionUser;
  management: SessionUser;
  chair: SessionUser;
  member: SessionUser;
  observer: SessionUser;
  /** Chair of another group; no role in `groupId`. */
  outsider: SessionUser;
  /** A Politie user in no group: a candidate to add. */
  candidate: SessionUser;
  /** An OM user: their organisation does not take part in `groupId`. */
  omUser: SessionUser;
  groupId: string;
  otherGroupId: string;
}

/** The seven viewpoints every procedure is checked from. */
export type RoleName = 'anonymous' | 'outsider' | 'observer' | 'member' | 'chair' | 'management' | 'admin';
export const roleNames: RoleName[] = ['anonymous', 'outsider', 'observer', 'member', 'chair', 'management', 'admin'];

/** What each viewpoint gets from a procedure only admins may call. */
export const adminOnlyOutcomes: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'FORBIDDEN',
  observer: 'FORBIDDEN',
  member: 'FORBIDDEN',
  chair: 'FORBIDDEN',
  management: 'FORBIDDEN',
  admin: 'OK',
};

export function userOf(fixture: RoleFixture, role: RoleName): SessionUser | null {
  return role === 'anonymous' ? null : fixture[role];
}

export async function seedRoleFixture(h: TestHarness, label = 'Groep'): Promise<RoleFixture> {
  const admin = await h.createUser({ name: 'Admin Anja', organisation: 'DEFENSIE', globalRole: 'admin' });
  const management = await h.createUser({ name: 'Manager Mark', organisation: 'POLITIE', globalRole: 'management' });
  const chair = await h.createUser({ name: 'Voorzitter Vera', organisation: 'DEFENSIE' });
  const member = await h.createUser({ name: 'Lid Lars', organisation: 'POLITIE' });
  const observer = await h.createUser({ name: 'Waarnemer Wim', organisation: 'DEFENSIE' });
  const outsider = await h.createUser({ name: 'Buitenstaander Bo', organisation: 'POLITIE' });
  const candidate = await h.createUser({ name: 'Kandidaat Kim', organisation: 'POLITIE' });
  const omUser = await h.createUser({ name: 'Officier Olga', organisation: 'OM' });
  const groupId = await h.createGroup({
    name: `${label} Alfa`,
    organisations: ['DEFENSIE', 'POLITIE'],
    members: [
      [chair, 'chair'],
      [member, 'member'],
      [observer, 'observer'],
    ],
  });
  const otherGroupId = await h.createGroup({
    name: `${label} Bravo`,
    organisations: ['POLITIE'],
    members: [[outsider, 'chair']],
  });
  return { admin, management, chair, member, observer, outsider, candidate, omUser, groupId, otherGroupId };
}
