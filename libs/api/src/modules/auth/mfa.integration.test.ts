import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  and,
  auditEvents,
  DEMO_PASSWORD,
  demoRecoveryCodes,
  demoUsers,
  eq,
  findOrganisationByCode,
  insertIdentityProvider,
  sessions,
  twoFactors,
} from '@srw/db';
import { encryptProviderSecret } from '../identity-providers/provider-secret';
import type { Context, SessionUser } from '../../context';
import { createCaller } from '../../root';
import { seedDemoWorkspace } from '../../seed/demo';
import { createTestHarness, outcome, TEST_PASSWORD, type TestHarness } from '../../testing';

let h: TestHarness;
let admin: SessionUser;
let fellowAdmin: SessionUser;

beforeAll(async () => {
  h = await createTestHarness();
  admin = await h.createUser({ name: 'Beheerder Bea', organisation: 'DEFENSIE', globalRole: 'admin' });
  fellowAdmin = await h.createUser({ name: 'Beheerder Bart', organisation: 'DEFENSIE', globalRole: 'admin' });
});
afterAll(async () => h.close());

let address = 0;

/** A request like a browser's: the cookies so far, a user agent and a client address of its own. */
function request(cookie = ''): Promise<Context> {
  address += 1;
  return h.contextFromHeaders({
    'user-agent':
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'x-forwarded-for': `10.13.${Math.floor(address / 250)}.${address % 250}`,
    ...(cookie ? { cookie } : {}),
  });
}

/** The cookies a response set, as a Cookie header (a cookie that was expired is dropped). */
function cookiesFrom(ctx: Context, previous = ''): string {
  const jar = new Map(
    previous
      .split('; ')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair] as const),
  );
  for (const set of ctx.resHeaders.getSetCookie()) {
    const pair = set.split(';')[0] ?? '';
    const name = pair.slice(0, pair.indexOf('='));
    if (/max-age=0/i.test(set) || pair.endsWith('=')) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join('; ');
}

async function passwordStep(email: string) {
  const ctx = await request();
  const result = await createCaller(ctx).auth.signIn({ email, password: TEST_PASSWORD });
  return { result, cookie: cookiesFrom(ctx) };
}

/** Signs in and, when asked, gives a TOTP code computed from `secret`; the session cookie. */
async function signIn(email: string, secret?: string): Promise<string> {
  const { result, cookie } = await passwordStep(email);
  if (!result.secondFactorRequired) return cookie;
  if (!secret) throw new Error('a second factor was asked');
  const ctx = await request(cookie);
  await createCaller(ctx).auth.verifySignInCode({ kind: 'totp', code: generateSync({ secret }) });
  return cookiesFrom(ctx, cookie);
}

/** Enrols the person of this session; the new session cookie, the key and the recovery codes. */
async function enrol(cookie: string) {
  const start = await createCaller(await request(cookie)).mfa.startEnrolment({ password: TEST_PASSWORD });
  const confirm = await request(cookie);
  await createCaller(confirm).mfa.confirm({ code: generateSync({ secret: start.secret }) });
  return { cookie: cookiesFrom(confirm, cookie), secret: start.secret, recoveryCodes: start.recoveryCodes };
}

async function actions(userId: string) {
  const rows = await h.handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, userId));
  return rows.map((row) => row.action);
}

describe('MFA required for the configured roles', () => {
  it('lets a member without a second factor in, and sends an admin without one to enrolment only', async () => {
    const member = await h.createUser({ name: 'Lid Lena', organisation: 'POLITIE' });
    const memberCtx = await request(await signIn(member.email));
    expect(memberCtx.session?.mfa).toBe('ok');
    expect(await outcome(() => createCaller(memberCtx).workingGroups.list({}))).toBe('OK');

    const newcomer = await h.createUser({ name: 'Nieuwe Beheerder', organisation: 'DEFENSIE', globalRole: 'admin' });
    const { result, cookie } = await passwordStep(newcomer.email);
    expect(result.secondFactorRequired).toBe(false);
    const ctx = await request(cookie);
    expect(ctx.session?.mfa).toBe('enrol');
    expect(ctx.user).toBeNull();
    const caller = createCaller(ctx);
    expect(await caller.auth.me()).toBeNull();
    await expect(caller.workingGroups.list({})).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'MFA_ENROLMENT_REQUIRED',
    });
    await expect(caller.users.list({})).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'MFA_ENROLMENT_REQUIRED' });
    await expect(caller.sessions.list()).rejects.toMatchObject({ message: 'MFA_ENROLMENT_REQUIRED' });
    expect(await caller.mfa.status()).toEqual({
      mfa: 'enrol',
      twoFactorEnabled: false,
      required: true,
      proof: 'password',
      provider: null,
    });
  });

  it('enrols with a computed TOTP code, stores the key encrypted, and then the session is usable', async () => {
    const { cookie } = await passwordStep(admin.email);
    await expect(
      createCaller(await request(cookie)).mfa.startEnrolment({ password: 'verkeerd-wachtwoord' }),
    ).rejects.toMatchObject({ message: 'WRONG_PASSWORD' });

    const start = await createCaller(await request(cookie)).mfa.startEnrolment({ password: TEST_PASSWORD });
    expect(start.qrSvg).toContain('<svg');
    expect(start.uri).toMatch(/^otpauth:\/\/totp\/Samenwerkingsruimte:/);
    expect(start.recoveryCodes).toHaveLength(10);
    const [stored] = await h.handle.db.select().from(twoFactors).where(eq(twoFactors.userId, admin.userId));
    expect(stored?.verified).toBe(false);
    expect(stored?.secret).not.toContain(start.secret);
    expect(stored?.backupCodes).not.toContain(start.recoveryCodes[0]);

    await expect(createCaller(await request(cookie)).mfa.confirm({ code: '000000' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'INVALID_SECOND_FACTOR_CODE',
    });
    const confirm = await request(cookie);
    expect(await createCaller(confirm).mfa.confirm({ code: generateSync({ secret: start.secret }) })).toEqual({
      enrolled: true,
    });
    const enrolled = await request(cookiesFrom(confirm, cookie));
    expect(enrolled.session?.mfa).toBe('ok');
    expect(await outcome(() => createCaller(enrolled).workingGroups.list({}))).toBe('OK');
    // The enrolment-only session was replaced by one that gave the second factor.
    expect((await request(cookie)).session).toBeNull();
    expect(await actions(admin.userId)).toContain('mfa_enrolled');
  });

  it('asks an enrolled admin for a code at the next sign-in, refuses a wrong one and accepts the computed one', async () => {
    const person = await h.createUser({ name: 'Manager Mo', organisation: 'POLITIE', globalRole: 'management' });
    const { secret } = await enrol(await signIn(person.email));

    const { result, cookie } = await passwordStep(person.email);
    expect(result.secondFactorRequired).toBe(true);
    expect(cookie).toContain('srw.two_factor=');
    expect(cookie).not.toContain('srw.session_token=');
    expect((await request(cookie)).session).toBeNull();

    await expect(
      createCaller(await request(cookie)).auth.verifySignInCode({ kind: 'totp', code: '123456' }),
    ).rejects.toMatchObject({ message: 'INVALID_SECOND_FACTOR_CODE' });
    const verify = await request(cookie);
    await createCaller(verify).auth.verifySignInCode({ kind: 'totp', code: generateSync({ secret }) });
    const signedIn = await request(cookiesFrom(verify, cookie));
    expect(signedIn.session?.mfa).toBe('ok');
    expect(signedIn.user?.userId).toBe(person.userId);

    // Without the password step there is no code step to answer.
    await expect(
      createCaller(await request()).auth.verifySignInCode({ kind: 'totp', code: generateSync({ secret }) }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'SECOND_FACTOR_CHALLENGE_EXPIRED' });
  });

  it('throttles wrong codes with the sign-in throttle', async () => {
    const person = await h.createUser({ name: 'Raadster Ria', organisation: 'POLITIE', globalRole: 'management' });
    const { secret } = await enrol(await signIn(person.email));
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { cookie } = await passwordStep(person.email);
      outcomes.push(
        await outcome(async () =>
          createCaller(await request(cookie)).auth.verifySignInCode({ kind: 'totp', code: '999999' }),
        ),
      );
    }
    expect(outcomes).toEqual(Array(5).fill('BAD_REQUEST'));
    // Five wrong codes: now even the right password is refused for a while.
    expect(await outcome(() => passwordStep(person.email))).toBe('TOO_MANY_REQUESTS');
    void secret;
  });

  it('accepts each recovery code once', async () => {
    const person = await h.createUser({ name: 'Herstel Henk', organisation: 'DEFENSIE', globalRole: 'admin' });
    const { recoveryCodes } = await enrol(await signIn(person.email));
    const code = recoveryCodes[0] ?? '';

    const first = await passwordStep(person.email);
    const use = await request(first.cookie);
    await createCaller(use).auth.verifySignInCode({ kind: 'recovery', code });
    expect((await request(cookiesFrom(use, first.cookie))).session?.mfa).toBe('ok');
    expect(await actions(person.userId)).toContain('recovery_code_used');

    const second = await passwordStep(person.email);
    await expect(
      createCaller(await request(second.cookie)).auth.verifySignInCode({ kind: 'recovery', code }),
    ).rejects.toMatchObject({ message: 'INVALID_SECOND_FACTOR_CODE' });
    const other = await request(second.cookie);
    await createCaller(other).auth.verifySignInCode({ kind: 'recovery', code: recoveryCodes[1] ?? '' });
    expect((await request(cookiesFrom(other, second.cookie))).session?.mfa).toBe('ok');
  });
});

describe("managing one's own second factor", () => {
  it('makes new recovery codes (the old ones stop working) and lets a member switch it off, audited', async () => {
    const member = await h.createUser({ name: 'Vrijwillige Vera', organisation: 'POLITIE' });
    const { cookie, recoveryCodes, secret } = await enrol(await signIn(member.email));
    const caller = createCaller(await request(cookie));
    expect(await caller.mfa.status()).toEqual({
      mfa: 'ok',
      twoFactorEnabled: true,
      required: false,
      proof: 'password',
      provider: null,
    });
    await expect(caller.mfa.regenerateRecoveryCodes({ password: 'verkeerd-wachtwoord' })).rejects.toMatchObject({
      message: 'WRONG_PASSWORD',
    });
    const fresh = await caller.mfa.regenerateRecoveryCodes({ password: TEST_PASSWORD });
    expect(fresh.recoveryCodes).toHaveLength(10);
    const old = await passwordStep(member.email);
    await expect(
      createCaller(await request(old.cookie)).auth.verifySignInCode({ kind: 'recovery', code: recoveryCodes[2] ?? '' }),
    ).rejects.toMatchObject({ message: 'INVALID_SECOND_FACTOR_CODE' });

    const fresher = await signIn(member.email, secret);
    const off = await request(fresher);
    await createCaller(off).mfa.disable({ password: TEST_PASSWORD });
    expect((await request(cookiesFrom(off, fresher))).session?.mfa).toBe('ok');
    expect((await passwordStep(member.email)).result.secondFactorRequired).toBe(false);
    expect(await actions(member.userId)).toEqual(
      expect.arrayContaining(['mfa_enrolled', 'mfa_recovery_codes_regenerated', 'mfa_disabled']),
    );
  });

  it('does not let a role that must use a second factor switch it off', async () => {
    const person = await h.createUser({ name: 'Verplichte Vince', organisation: 'DEFENSIE', globalRole: 'admin' });
    const { cookie } = await enrol(await signIn(person.email));
    await expect(createCaller(await request(cookie)).mfa.disable({ password: TEST_PASSWORD })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'MFA_REQUIRED_FOR_ROLE',
    });
  });
});

describe("an organisation provider's second factor (OIDC amr/acr)", () => {
  it('counts for a role that must use one: the session is usable without enrolling here, and only that session', async () => {
    const federated = await h.createUser({
      name: 'Federatie Fenna',
      organisation: 'POLITIE',
      globalRole: 'management',
    });
    const { cookie } = await passwordStep(federated.email);
    const before = await request(cookie);
    expect(before.session?.mfa).toBe('enrol');
    const id = before.session?.id ?? '';
    // What the federated sign-in stamps when the provider's amr/acr counted as MFA under its setting.
    await h.handle.db.update(sessions).set({ providerMfa: true }).where(eq(sessions.id, id));
    const after = await request(cookie);
    expect(after.session?.mfa).toBe('ok');
    expect(after.user?.email).toBe(federated.email);
    expect(await outcome(() => createCaller(after).workingGroups.list({}))).toBe('OK');
    // Another session of the same person without the provider's assertion still owes the second factor.
    const other = await passwordStep(federated.email);
    expect((await request(other.cookie)).session?.mfa).toBe('enrol');
  });
});

describe("a session that never gave the account's second factor", () => {
  it('serves only the code step until a code is confirmed for it', async () => {
    const person = await h.createUser({ name: 'Federatie Fenna', organisation: 'POLITIE', globalRole: 'management' });
    const { cookie, secret } = await enrol(await signIn(person.email));
    const id = (await request(cookie)).session?.id ?? '';
    // As a sign-in through a provider without an MFA assertion would leave it.
    await h.handle.db.update(sessions).set({ secondFactorVerified: false }).where(eq(sessions.id, id));
    const ctx = await request(cookie);
    expect(ctx.session?.mfa).toBe('verify');
    await expect(createCaller(ctx).workingGroups.list({})).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'MFA_VERIFICATION_REQUIRED',
    });
    expect(await createCaller(ctx).mfa.confirm({ code: generateSync({ secret }) })).toEqual({ enrolled: false });
    expect((await request(cookie)).session?.mfa).toBe('ok');
  });
});

describe('demo accounts', () => {
  it('seeds the admin and management demo accounts enrolled with their documented keys', async () => {
    // The demo seeds only an empty database: a harness of its own, used through the shared helpers.
    const main = h;
    h = await createTestHarness();
    try {
      await demoSignIns();
    } finally {
      await h.close();
      h = main;
    }
  });
});

async function demoSignIns() {
  {
    expect(await seedDemoWorkspace(h.handle.db, h.config.authSecret)).toBe(true);
    for (const demo of demoUsers.filter((u) => u.totpKey)) {
      const ctx = await request();
      const first = await createCaller(ctx).auth.signIn({ email: demo.email, password: DEMO_PASSWORD });
      expect(first.secondFactorRequired).toBe(true);
      const cookie = cookiesFrom(ctx);
      const verify = await request(cookie);
      await createCaller(verify).auth.verifySignInCode({
        kind: 'totp',
        code: generateSync({ secret: demo.totpKey ?? '' }),
      });
      expect((await request(cookiesFrom(verify, cookie))).session?.mfa).toBe('ok');
    }
    const admin = demoUsers.find((u) => u.globalRole === 'admin');
    if (!admin) throw new Error('no demo admin');
    const ctx = await request();
    await createCaller(ctx).auth.signIn({ email: admin.email, password: DEMO_PASSWORD });
    const recovery = await request(cookiesFrom(ctx));
    await createCaller(recovery).auth.verifySignInCode({ kind: 'recovery', code: demoRecoveryCodes(admin)[9] ?? '' });
    expect((await request(cookiesFrom(recovery, cookiesFrom(ctx)))).session?.mfa).toBe('ok');
  }
}

describe('admin reset of a second factor', () => {
  it('removes the factor and the sessions, audited; the next sign-in goes to enrolment again', async () => {
    const person = await h.createUser({ name: 'Kwijt Kees', organisation: 'POLITIE', globalRole: 'management' });
    const { cookie } = await enrol(await signIn(person.email));
    expect((await request(cookie)).session?.mfa).toBe('ok');

    expect(await outcome(() => h.callerFor(person).users.resetSecondFactor({ userId: fellowAdmin.userId }))).toBe(
      'FORBIDDEN',
    );
    const view = await h.callerFor(fellowAdmin).users.resetSecondFactor({ userId: person.userId });
    expect(view.twoFactorEnabled).toBe(false);
    expect(await h.handle.db.select().from(twoFactors).where(eq(twoFactors.userId, person.userId))).toEqual([]);
    expect((await request(cookie)).session).toBeNull();
    const [event] = await h.handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, person.userId), eq(auditEvents.action, 'mfa_reset')));
    expect(event?.actorId).toBe(fellowAdmin.userId);

    const again = await passwordStep(person.email);
    expect(again.result.secondFactorRequired).toBe(false);
    expect((await request(again.cookie)).session?.mfa).toBe('enrol');
  });

  it('lets an admin end all sessions of another account, audited', async () => {
    const member = await h.createUser({ name: 'Laptop Lies', organisation: 'POLITIE' });
    const one = await signIn(member.email);
    const two = await signIn(member.email);
    await h.callerFor(fellowAdmin).users.endSessions({ userId: member.userId });
    expect((await request(one)).session).toBeNull();
    expect((await request(two)).session).toBeNull();
    expect(await actions(member.userId)).toContain('sessions_ended_by_admin');
    expect(await outcome(() => h.callerFor(fellowAdmin).users.endSessions({ userId: fellowAdmin.userId }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('Mijn sessies', () => {
  it('lists the sessions with device and address, ends one (that browser is signed out) and all others', async () => {
    const member = await h.createUser({ name: 'Sessie Sem', organisation: 'DEFENSIE' });
    const laptop = await signIn(member.email);
    const phone = await signIn(member.email);
    const tablet = await signIn(member.email);
    const caller = createCaller(await request(laptop));
    const list = await caller.sessions.list();
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    expect(list[0]?.device).toEqual({ browser: 'Chrome', os: 'Linux' });
    expect(list.every((s) => s.ipAddress?.startsWith('10.13.'))).toBe(true);

    const current = list.find((s) => s.current);
    await expect(caller.sessions.end({ sessionId: current?.id ?? '' })).rejects.toMatchObject({
      message: 'CANNOT_END_CURRENT_SESSION',
    });
    const phoneId = (await request(phone)).session?.id ?? '';
    await caller.sessions.end({ sessionId: phoneId });
    const phoneAfter = await request(phone);
    expect(phoneAfter.session).toBeNull();
    expect(await outcome(() => createCaller(phoneAfter).workingGroups.list({}))).toBe('UNAUTHORIZED');
    expect((await request(tablet)).session).not.toBeNull();

    // Someone else's session is not found.
    const stranger = await h.createUser({ name: 'Vreemde Vic', organisation: 'DEFENSIE' });
    const strangerSession = (await request(await signIn(stranger.email))).session?.id ?? '';
    expect(await outcome(() => caller.sessions.end({ sessionId: strangerSession }))).toBe('NOT_FOUND');

    expect(await caller.sessions.endOthers()).toEqual({ ended: 1 });
    expect((await request(tablet)).session).toBeNull();
    expect((await request(laptop)).session).not.toBeNull();
    expect(await actions(phoneId)).toEqual(['session_ended']);
  });
});

describe('session timeouts', () => {
  async function sessionOf(cookie: string) {
    const id = (await request(cookie)).session?.id ?? '';
    const [row] = await h.handle.db.select().from(sessions).where(eq(sessions.id, id));
    if (!row) throw new Error('no session');
    return row;
  }
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

  it('writes the last use at most every few minutes, not on every request', async () => {
    const member = await h.createUser({ name: 'Actieve Ada', organisation: 'POLITIE' });
    const cookie = await signIn(member.email);
    const row = await sessionOf(cookie);
    await h.handle.db
      .update(sessions)
      .set({ lastActiveAt: minutesAgo(1) })
      .where(eq(sessions.id, row.id));
    await request(cookie);
    expect((await sessionOf(cookie)).lastActiveAt.getTime()).toBeLessThan(minutesAgo(0.5).getTime());
    await h.handle.db
      .update(sessions)
      .set({ lastActiveAt: minutesAgo(6) })
      .where(eq(sessions.id, row.id));
    await request(cookie);
    expect((await sessionOf(cookie)).lastActiveAt.getTime()).toBeGreaterThan(minutesAgo(0.5).getTime());
  });

  it('ends a session idle for longer than the idle timeout', async () => {
    const member = await h.createUser({ name: 'Stille Stijn', organisation: 'POLITIE' });
    const cookie = await signIn(member.email);
    const row = await sessionOf(cookie);
    await h.handle.db
      .update(sessions)
      .set({ lastActiveAt: minutesAgo(61) })
      .where(eq(sessions.id, row.id));
    expect((await request(cookie)).session).toBeNull();
    expect(await h.handle.db.select().from(sessions).where(eq(sessions.id, row.id))).toEqual([]);
  });

  it('ends a session older than its absolute lifetime, however recently used', async () => {
    const member = await h.createUser({ name: 'Oude Olaf', organisation: 'POLITIE' });
    const cookie = await signIn(member.email);
    const row = await sessionOf(cookie);
    await h.handle.db
      .update(sessions)
      .set({ createdAt: minutesAgo(12 * 60 + 1), lastActiveAt: minutesAgo(1) })
      .where(eq(sessions.id, row.id));
    expect((await request(cookie)).session).toBeNull();
  });
});

describe('a second factor for a person without a password (an account made through their provider)', () => {
  let providerId = '';
  beforeAll(async () => {
    const politie = await findOrganisationByCode(h.handle.db, 'POLITIE');
    if (!politie) throw new Error('organisation');
    const provider = await insertIdentityProvider(h.handle.db, {
      slug: 'politie-zonder-wachtwoord',
      organisationId: politie.id,
      label: 'Inloggen via Politie',
      issuer: 'https://idp.politie.test',
      clientId: 'srw',
      clientSecretEncrypted: encryptProviderSecret(h.config.authSecret, 'geheim'),
      scopes: 'openid email profile',
      emailClaim: 'email',
      nameClaim: 'name',
      allowAccountCreation: true,
      mfaAmrValues: [],
      mfaAcrValues: [],
      enabled: true,
      createdBy: null,
    });
    providerId = provider.id;
  });

  /**
   * A session as a sign-in through the provider leaves it, `minutes` ago, for a
   * person who has (or, by default, has not) a password here.
   */
  async function providerSession(
    name: string,
    options: { globalRole?: 'admin' | 'member'; minutes?: number; keepPassword?: boolean; viaProvider?: boolean } = {},
  ) {
    const person = await h.createUser({ name, organisation: 'POLITIE', globalRole: options.globalRole ?? 'member' });
    const { cookie } = await passwordStep(person.email);
    if (!options.keepPassword) await h.handle.db.delete(accounts).where(eq(accounts.userId, person.userId));
    await h.handle.db
      .update(sessions)
      .set({
        identityProviderId: options.viaProvider === false ? null : providerId,
        createdAt: new Date(Date.now() - (options.minutes ?? 1) * 60_000),
      })
      .where(eq(sessions.userId, person.userId));
    return { person, cookie };
  }

  it('lets them enrol without a password from a fresh provider sign-in and confirm the first code', async () => {
    const { person, cookie } = await providerSession('Zonder Wachtwoord Zoe', { globalRole: 'admin' });
    const caller = createCaller(await request(cookie));
    expect(await caller.mfa.status()).toMatchObject({
      mfa: 'enrol',
      proof: 'recent-provider-sign-in',
      provider: { slug: 'politie-zonder-wachtwoord', label: 'Inloggen via Politie' },
    });
    const start = await caller.mfa.startEnrolment({});
    const confirm = await request(cookie);
    expect(await createCaller(confirm).mfa.confirm({ code: generateSync({ secret: start.secret }) })).toEqual({
      enrolled: true,
    });
    const enrolled = await request(cookiesFrom(confirm, cookie));
    expect(enrolled.session?.mfa).toBe('ok');
    expect(await actions(person.userId)).toContain('mfa_enrolled');
    // New recovery codes right after, from the session the code began (it stays the provider's).
    const codes = await createCaller(enrolled).mfa.regenerateRecoveryCodes({});
    expect(codes.recoveryCodes).toHaveLength(10);
  });

  it('sends them to sign in through their provider again when the session is older than ten minutes', async () => {
    const { person, cookie } = await providerSession('Oude Sessie Olaf', { minutes: 11 });
    const caller = createCaller(await request(cookie));
    expect(await caller.mfa.status()).toMatchObject({ proof: 'sign-in-again' });
    await expect(caller.mfa.startEnrolment({})).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'MFA_FRESH_SIGN_IN_REQUIRED',
    });
    expect(await h.handle.db.select().from(twoFactors).where(eq(twoFactors.userId, person.userId))).toHaveLength(0);
  });

  it('does not take a session that did not come from a provider', async () => {
    const { person, cookie } = await providerSession('Geen Provider Gijs', { viaProvider: false });
    const caller = createCaller(await request(cookie));
    expect(await caller.mfa.status()).toMatchObject({ proof: 'sign-in-again', provider: null });
    await expect(caller.mfa.startEnrolment({})).rejects.toMatchObject({ message: 'MFA_FRESH_SIGN_IN_REQUIRED' });
    expect(await h.handle.db.select().from(twoFactors).where(eq(twoFactors.userId, person.userId))).toHaveLength(0);
  });

  it('switches off and renews codes without a password only from a fresh sign-in', async () => {
    const { person, cookie } = await providerSession('Uitzetter Ugo');
    const start = await createCaller(await request(cookie)).mfa.startEnrolment({});
    const confirm = await request(cookie);
    await createCaller(confirm).mfa.confirm({ code: generateSync({ secret: start.secret }) });
    const enrolledCookie = cookiesFrom(confirm, cookie);
    // Ten minutes later the same session may no longer do either.
    await h.handle.db
      .update(sessions)
      .set({ createdAt: new Date(Date.now() - 11 * 60_000) })
      .where(eq(sessions.userId, person.userId));
    const stale = createCaller(await request(enrolledCookie));
    await expect(stale.mfa.disable({})).rejects.toMatchObject({ message: 'MFA_FRESH_SIGN_IN_REQUIRED' });
    await expect(stale.mfa.regenerateRecoveryCodes({})).rejects.toMatchObject({
      message: 'MFA_FRESH_SIGN_IN_REQUIRED',
    });
    await h.handle.db.update(sessions).set({ createdAt: new Date() }).where(eq(sessions.userId, person.userId));
    expect(await createCaller(await request(enrolledCookie)).mfa.disable({})).toEqual({ ok: true });
    expect(await actions(person.userId)).toContain('mfa_disabled');
  });

  it('still asks a person with a password for it, however fresh their provider sign-in', async () => {
    const { person, cookie } = await providerSession('Met Wachtwoord Mila', { keepPassword: true });
    const caller = createCaller(await request(cookie));
    expect(await caller.mfa.status()).toMatchObject({ proof: 'password' });
    await expect(caller.mfa.startEnrolment({})).rejects.toMatchObject({ message: 'WRONG_PASSWORD' });
    expect(await h.handle.db.select().from(twoFactors).where(eq(twoFactors.userId, person.userId))).toHaveLength(0);
    const start = await createCaller(await request(cookie)).mfa.startEnrolment({ password: TEST_PASSWORD });
    expect(start.recoveryCodes).toHaveLength(10);
  });
});
