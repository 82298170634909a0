import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, loginAttempts, sessions, eq } from '@srw/db';
import type { Context } from '../../context';
import { createCaller } from '../../root';
import { createTestHarness, outcome, TEST_PASSWORD, type TestHarness } from '../../testing';
import type { SessionUser } from '../../context';

let h: TestHarness;
let user: SessionUser;

beforeAll(async () => {
  h = await createTestHarness();
  user = await h.createUser({ name: 'Inlogger Ina', organisation: 'POLITIE', email: 'ina@politie.example' });
});
afterAll(async () => h.close());

/** A context like the HTTP handler's, with its own response headers to read cookies from. */
async function requestContext(headers: Record<string, string> = {}): Promise<Context> {
  return h.contextFromHeaders({
    'user-agent': 'vitest',
    'x-forwarded-for': headers['x-forwarded-for'] ?? '10.1.1.1',
    ...headers,
  });
}

function sessionCookieFrom(ctx: Context): string {
  const cookies = ctx.resHeaders.getSetCookie();
  const session = cookies.find((c) => c.startsWith('srw.session_token='));
  if (!session) throw new Error(`no session cookie in ${JSON.stringify(cookies)}`);
  return session;
}

describe('auth.signIn', () => {
  it('signs in with a correct password and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const ctx = await requestContext();
    const result = await createCaller(ctx).auth.signIn({ email: 'INA@politie.example ', password: TEST_PASSWORD });
    expect(result.userId).toBe(user.userId);
    const cookie = sessionCookieFrom(ctx);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    const cookieHeader = cookie.split(';')[0] ?? '';
    const signedIn = await requestContext({ cookie: cookieHeader });
    const me = await createCaller(signedIn).auth.me();
    expect(me).toMatchObject({ userId: user.userId, organisationCode: 'POLITIE', name: 'Inlogger Ina' });
    const stored = await h.handle.db.select().from(sessions).where(eq(sessions.userId, user.userId));
    expect(stored.length).toBeGreaterThan(0);
  });

  it('gives the same generic error for a wrong password and an unknown account', async () => {
    const wrong = createCaller(await requestContext({ 'x-forwarded-for': '10.2.2.2' })).auth.signIn({
      email: 'ina@politie.example',
      password: 'verkeerd-wachtwoord',
    });
    await expect(wrong).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'INVALID_CREDENTIALS' });
    const unknown = createCaller(await requestContext({ 'x-forwarded-for': '10.2.2.2' })).auth.signIn({
      email: 'niemand@politie.example',
      password: 'verkeerd-wachtwoord',
    });
    await expect(unknown).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'INVALID_CREDENTIALS' });
  });

  it('throttles an account after five failures, even with the right password from elsewhere', async () => {
    const target = await h.createUser({
      name: 'Doelwit Dirk',
      organisation: 'DEFENSIE',
      email: 'dirk@defensie.example',
    });
    for (let i = 0; i < 5; i++) {
      const ctx = await requestContext({ 'x-forwarded-for': `10.3.3.${i}` });
      expect(
        await outcome(() => createCaller(ctx).auth.signIn({ email: target.email, password: 'fout-wachtwoord-123' })),
      ).toBe('UNAUTHORIZED');
    }
    const ctx = await requestContext({ 'x-forwarded-for': '10.9.9.9' });
    await expect(createCaller(ctx).auth.signIn({ email: target.email, password: TEST_PASSWORD })).rejects.toMatchObject(
      {
        code: 'TOO_MANY_REQUESTS',
        message: 'TOO_MANY_ATTEMPTS',
      },
    );
    expect(ctx.resHeaders.getSetCookie()).toHaveLength(0);
  });

  it('throttles an address after twenty failures across accounts', async () => {
    const ip = '10.4.4.4';
    await h.handle.db
      .insert(loginAttempts)
      .values(Array.from({ length: 20 }, (_, i) => ({ email: `scan${i}@example.example`, ip, succeeded: false })));
    const ctx = await requestContext({ 'x-forwarded-for': ip });
    expect(
      await outcome(() => createCaller(ctx).auth.signIn({ email: 'ina@politie.example', password: TEST_PASSWORD })),
    ).toBe('TOO_MANY_REQUESTS');
  });

  it('without a known client address, applies only the per-account limit', async () => {
    const noAddress = () => h.contextFromHeaders({ 'user-agent': 'vitest' });
    for (let i = 0; i < 25; i++) {
      const ctx = await noAddress();
      await outcome(() =>
        createCaller(ctx).auth.signIn({ email: `onbekend${i}@example.example`, password: 'fout-wachtwoord-123' }),
      );
    }
    const ctx = await noAddress();
    expect(
      await outcome(() => createCaller(ctx).auth.signIn({ email: 'ina@politie.example', password: TEST_PASSWORD })),
    ).toBe('OK');
  });

  it('refuses a deactivated account with the generic error', async () => {
    const admin = await h.createUser({ name: 'Admin Ad', organisation: 'DEFENSIE', globalRole: 'admin' });
    const leaver = await h.createUser({
      name: 'Vertrekker Vic',
      organisation: 'POLITIE',
      email: 'vic@politie.example',
    });
    const ctx = await requestContext({ 'x-forwarded-for': '10.5.5.5' });
    await createCaller(ctx).auth.signIn({ email: leaver.email, password: TEST_PASSWORD });
    const cookieHeader = sessionCookieFrom(ctx).split(';')[0] ?? '';
    expect((await createCaller(await requestContext({ cookie: cookieHeader })).auth.me())?.userId).toBe(leaver.userId);

    await h.callerFor(admin).users.setActive({ id: leaver.userId, version: 1, active: false });
    // The existing session ended with the deactivation.
    expect(await createCaller(await requestContext({ cookie: cookieHeader })).auth.me()).toBeNull();
    const again = await requestContext({ 'x-forwarded-for': '10.5.5.6' });
    await expect(
      createCaller(again).auth.signIn({ email: leaver.email, password: TEST_PASSWORD }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('auth.signOut', () => {
  it('ends the session', async () => {
    const ctx = await requestContext({ 'x-forwarded-for': '10.6.6.6' });
    await createCaller(ctx).auth.signIn({ email: 'ina@politie.example', password: TEST_PASSWORD });
    const cookieHeader = sessionCookieFrom(ctx).split(';')[0] ?? '';
    const signedIn = await requestContext({ cookie: cookieHeader });
    await createCaller(signedIn).auth.signOut();
    expect(
      signedIn.resHeaders.getSetCookie().some((c) => c.startsWith('srw.session_token=;') || /Max-Age=0/i.test(c)),
    ).toBe(true);
    expect(await createCaller(await requestContext({ cookie: cookieHeader })).auth.me()).toBeNull();
  });

  it('is refused to anonymous callers', async () => {
    expect(await outcome(() => h.callerFor(null).auth.signOut())).toBe('UNAUTHORIZED');
  });
});

describe('sign-in throttle under a burst', () => {
  it('evaluates at most five failures per account, however many arrive at once, and then refuses even the right password', async () => {
    await h.createUser({ name: 'Burst Bert', organisation: 'DEFENSIE', email: 'bert@defensie.example' });
    const attempts = await Promise.all(
      Array.from({ length: 40 }, async (_, i) =>
        outcome(async () =>
          createCaller(
            await requestContext({ 'x-forwarded-for': `10.9.${Math.floor(i / 200)}.${i % 200}` }),
          ).auth.signIn({
            email: 'bert@defensie.example',
            password: `verkeerd-${i}`,
          }),
        ),
      ),
    );
    expect(attempts.filter((o) => o === 'UNAUTHORIZED')).toHaveLength(5);
    expect(attempts.filter((o) => o === 'TOO_MANY_REQUESTS')).toHaveLength(35);
    const counted = await h.handle.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.email, 'bert@defensie.example'));
    expect(counted).toHaveLength(5);

    const right = createCaller(await requestContext({ 'x-forwarded-for': '10.9.9.9' })).auth.signIn({
      email: 'bert@defensie.example',
      password: TEST_PASSWORD,
    });
    await expect(right).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });
});

describe('sign-in and sign-out in the audit trail', () => {
  it('records a failed sign-in, a refused one and a sign-out with the client address, never the password', async () => {
    const audited = await h.createUser({ name: 'Audit Aad', organisation: 'POLITIE', email: 'aad@politie.example' });
    const attempt = async (password: string) =>
      outcome(async () =>
        createCaller(await requestContext({ 'x-forwarded-for': '10.77.0.1' })).auth.signIn({
          email: 'aad@politie.example',
          password,
        }),
      );
    for (let i = 0; i < 5; i++) expect(await attempt(`fout-${i}`)).toBe('UNAUTHORIZED');
    expect(await attempt(TEST_PASSWORD)).toBe('TOO_MANY_REQUESTS');

    const refusals = await h.handle.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'login_attempt'));
    const mine = refusals.filter((e) => (e.after as { email?: string } | null)?.email === 'aad@politie.example');
    expect(mine.map((e) => e.action).sort()).toEqual([...Array(5).fill('sign_in_failed'), 'sign_in_throttled']);
    expect(mine.every((e) => e.originIp === '10.77.0.1' && e.actorId === audited.userId)).toBe(true);
    expect(JSON.stringify(mine)).not.toContain('fout-');

    await h.handle.db.delete(loginAttempts).where(eq(loginAttempts.email, 'aad@politie.example'));
    const ctx = await requestContext({ 'x-forwarded-for': '10.77.0.2' });
    await createCaller(ctx).auth.signIn({ email: 'aad@politie.example', password: TEST_PASSWORD });
    const signedIn = await requestContext({
      cookie: sessionCookieFrom(ctx).split(';')[0] ?? '',
      'x-forwarded-for': '10.77.0.3',
    });
    await createCaller(signedIn).auth.signOut();
    const signOuts = await h.handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'sign_out'));
    expect(signOuts.filter((e) => e.entityId === audited.userId).map((e) => [e.actorId, e.originIp])).toEqual([
      [audited.userId, '10.77.0.3'],
    ]);
  });
});

describe('mutations only from our own origin', () => {
  it('refuses a sign-out posted from another origin on the same site and keeps the session', async () => {
    await h.createUser({ name: 'Origine Olga', organisation: 'DEFENSIE', email: 'olga@defensie.example' });
    const ctx = await requestContext();
    await createCaller(ctx).auth.signIn({ email: 'olga@defensie.example', password: TEST_PASSWORD });
    const cookie = sessionCookieFrom(ctx).split(';')[0] ?? '';

    const fromOtherPort = await requestContext({
      cookie,
      origin: 'http://localhost:3001',
      'sec-fetch-site': 'same-site',
    });
    await expect(createCaller(fromOtherPort).auth.signOut()).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'CROSS_ORIGIN_REQUEST',
    });
    const withoutFetchMetadata = await requestContext({ cookie, origin: 'http://localhost:3001' });
    await expect(createCaller(withoutFetchMetadata).auth.signOut()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await createCaller(await requestContext({ cookie })).auth.me()).toMatchObject({
      email: 'olga@defensie.example',
    });

    // Reading is not a change: a query from elsewhere is answered (the browser keeps the answer from that page).
    expect(await createCaller(fromOtherPort).auth.me()).toMatchObject({ email: 'olga@defensie.example' });

    const ownPage = await requestContext({ cookie, origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' });
    await expect(createCaller(ownPage).auth.signOut()).resolves.toEqual({ ok: true });
  });
});

describe('the client address behind one trusted proxy', () => {
  it('counts and audits the address the proxy appended, whatever the client put before it', async () => {
    const attempts: string[] = [];
    for (let i = 0; i < 21; i++) {
      // A client rotating its own X-Forwarded-For; the proxy appends the real address last.
      const ctx = await requestContext({ 'x-forwarded-for': `192.0.2.${i}, 10.88.0.1` });
      attempts.push(
        await outcome(() =>
          createCaller(ctx).auth.signIn({ email: `roterend-${i}@politie.example`, password: 'verkeerd-wachtwoord' }),
        ),
      );
    }
    expect(attempts.slice(0, 20).every((o) => o === 'UNAUTHORIZED')).toBe(true);
    expect(attempts[20]).toBe('TOO_MANY_REQUESTS');

    const audited = await h.handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'sign_in_failed'));
    const mine = audited.filter((e) => ((e.after as { email?: string } | null)?.email ?? '').startsWith('roterend-'));
    expect(new Set(mine.map((e) => e.originIp))).toEqual(new Set(['10.88.0.1']));

    // Another client behind the same proxy is not locked out by it.
    const other = await requestContext({ 'x-forwarded-for': '10.88.0.1, 10.88.0.2' });
    expect(
      await outcome(() =>
        createCaller(other).auth.signIn({ email: 'ander@politie.example', password: 'verkeerd-wachtwoord' }),
      ),
    ).toBe('UNAUTHORIZED');
  });
});

describe('the session check (one look-up per request)', () => {
  async function signedInCookie(email: string, ip: string): Promise<string> {
    const ctx = await requestContext({ 'x-forwarded-for': ip });
    await createCaller(ctx).auth.signIn({ email, password: TEST_PASSWORD });
    return sessionCookieFrom(ctx).split(';')[0] ?? '';
  }
  const meWith = async (cookie: string) => createCaller(await requestContext({ cookie })).auth.me();
  const tokenOf = (cookie: string) => {
    const value = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
    return value.slice(0, value.lastIndexOf('.'));
  };

  it('refuses a cookie whose signature was tampered with, even though its token exists', async () => {
    await h.createUser({ name: 'Sessie Saar', organisation: 'POLITIE', email: 'saar@politie.example' });
    const cookie = await signedInCookie('saar@politie.example', '10.31.0.1');
    expect(await meWith(cookie)).toMatchObject({ email: 'saar@politie.example', organisationCode: 'POLITIE' });
    const value = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
    const dot = value.lastIndexOf('.');
    const signature = value.slice(dot + 1);
    const tampered = `${value.slice(0, dot)}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    expect(await meWith(`srw.session_token=${encodeURIComponent(tampered)}`)).toBeNull();
    // The bare token without a signature does not sign in either.
    expect(await meWith(`srw.session_token=${tokenOf(cookie)}`)).toBeNull();
    expect(await meWith(cookie)).toMatchObject({ email: 'saar@politie.example' });
  });

  it('refuses an expired session and removes it', async () => {
    await h.createUser({ name: 'Verlopen Vera', organisation: 'DEFENSIE', email: 'vera@defensie.example' });
    const cookie = await signedInCookie('vera@defensie.example', '10.31.0.2');
    const token = tokenOf(cookie);
    await h.handle.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.token, token));
    expect(await meWith(cookie)).toBeNull();
    expect(await h.handle.db.select().from(sessions).where(eq(sessions.token, token))).toHaveLength(0);
  });

  it('ends at once when the session row is deleted (signed out elsewhere)', async () => {
    await h.createUser({ name: 'Weg Wim', organisation: 'POLITIE', email: 'wim@politie.example' });
    const cookie = await signedInCookie('wim@politie.example', '10.31.0.3');
    expect(await meWith(cookie)).toMatchObject({ email: 'wim@politie.example' });
    await h.handle.db.delete(sessions).where(eq(sessions.token, tokenOf(cookie)));
    expect(await meWith(cookie)).toBeNull();
  });

  it('answers what better-auth answers for the same cookie', async () => {
    await h.createUser({ name: 'Gelijk Gijs', organisation: 'POLITIE', email: 'gijs@politie.example' });
    const cookie = await signedInCookie('gijs@politie.example', '10.31.0.5');
    const theirs = await h.auth.api.getSession({ headers: new Headers({ cookie }) });
    const ours = await meWith(cookie);
    expect(theirs?.user.id).toBeDefined();
    expect(ours?.userId).toBe(theirs?.user.id);
    expect(theirs?.session.token).toBe(tokenOf(cookie));
  });
});
