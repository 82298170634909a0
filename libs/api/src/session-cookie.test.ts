import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { makeSignature } from 'better-auth/crypto';
import { describe, expect, it } from 'vitest';
import { cookieValue, readSessionToken, sessionCookieSpec, verifySignedValue } from './session-cookie';

const SECRET = 'unit-test-secret-of-at-least-thirty-two-characters';

/** A real better-auth (in memory) that signs a user up, so its own Set-Cookie is what we read. */
async function signedUpWithBetterAuth(secure: boolean) {
  const db: Record<string, Record<string, unknown>[]> = { user: [], session: [], account: [], verification: [] };
  const auth = betterAuth({
    baseURL: secure ? 'https://srw.example' : 'http://localhost:3000',
    secret: SECRET,
    database: memoryAdapter(db),
    emailAndPassword: { enabled: true },
    session: { expiresIn: 60 * 60 * 8, updateAge: 60 * 60 },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: { cookiePrefix: 'srw', useSecureCookies: secure },
  });
  const { headers } = await auth.api.signUpEmail({
    body: { email: 'cookie@test.example', password: 'een-lang-genoeg-wachtwoord', name: 'Koekje' },
    returnHeaders: true,
  });
  const setCookie = headers.getSetCookie().find((c) => c.includes('session_token='));
  if (!setCookie) throw new Error('better-auth set no session cookie');
  const pair = setCookie.split(';')[0] ?? '';
  const token = db.session?.[0]?.token;
  if (typeof token !== 'string') throw new Error('no session stored');
  return { auth, setCookie, pair, token };
}

/** Whether better-auth's own getSession accepts a Cookie header: the reference our reader must match. */
async function betterAuthAccepts(auth: Awaited<ReturnType<typeof signedUpWithBetterAuth>>['auth'], cookie: string) {
  return (await auth.api.getSession({ headers: new Headers({ cookie }) })) !== null;
}

describe('readSessionToken', () => {
  it('reads the token from the cookie better-auth itself set', async () => {
    const { auth, pair, token } = await signedUpWithBetterAuth(false);
    expect(pair.startsWith('srw.session_token=')).toBe(true);
    const spec = sessionCookieSpec(auth);
    expect(spec.tokenName).toBe('srw.session_token');
    expect(readSessionToken(new Headers({ cookie: `other=1; ${pair}; last=2` }), spec)).toBe(token);
  });

  it('uses the __Secure- name with secure cookies, and ignores the plain name then', async () => {
    const { auth, pair, token } = await signedUpWithBetterAuth(true);
    const spec = sessionCookieSpec(auth);
    expect(spec.tokenName).toBe('__Secure-srw.session_token');
    expect(readSessionToken(new Headers({ cookie: pair }), spec)).toBe(token);
    const plain = pair.replace('__Secure-', '');
    expect(readSessionToken(new Headers({ cookie: plain }), spec)).toBeNull();
  });

  it('refuses what better-auth refuses: a tampered signature, token or format, another secret', async () => {
    const { auth, pair, token } = await signedUpWithBetterAuth(false);
    const spec = sessionCookieSpec(auth);
    const value = decodeURIComponent(pair.slice('srw.session_token='.length));
    const signature = value.slice(value.lastIndexOf('.') + 1);
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const otherSecret = await makeSignature(token, 'another-secret-of-at-least-thirty-two-chars');
    const variants = {
      original: pair,
      tamperedSignature: `srw.session_token=${encodeURIComponent(`${token}.${flipped}`)}`,
      tamperedToken: `srw.session_token=${encodeURIComponent(`${token}x.${signature}`)}`,
      unsigned: `srw.session_token=${token}`,
      shortSignature: `srw.session_token=${encodeURIComponent(`${token}.${signature.slice(1)}`)}`,
      notBase64: `srw.session_token=${encodeURIComponent(`${token}.${'*'.repeat(43)}=`)}`,
      otherSecret: `srw.session_token=${encodeURIComponent(`${token}.${otherSecret}`)}`,
      emptyToken: `srw.session_token=${encodeURIComponent(`.${signature}`)}`,
    };
    for (const [name, cookie] of Object.entries(variants)) {
      const ours = readSessionToken(new Headers({ cookie }), spec);
      expect({ name, accepted: ours !== null }).toEqual({ name, accepted: await betterAuthAccepts(auth, cookie) });
      if (ours !== null) expect(ours).toBe(token);
    }
    expect(await betterAuthAccepts(auth, variants.original)).toBe(true);
  });

  it('takes the first of two cookies with the same name, as better-call does', async () => {
    const { auth, pair, token } = await signedUpWithBetterAuth(false);
    const spec = sessionCookieSpec(auth);
    const forged = 'srw.session_token=forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    expect(readSessionToken(new Headers({ cookie: `${pair}; ${forged}` }), spec)).toBe(token);
    expect(readSessionToken(new Headers({ cookie: `${forged}; ${pair}` }), spec)).toBeNull();
    expect(await betterAuthAccepts(auth, `${forged}; ${pair}`)).toBe(false);
  });
});

describe('cookieValue and verifySignedValue', () => {
  it('unquotes and URI-decodes, and skips names that only start alike', () => {
    expect(cookieValue('a=1; srw.session_token_x=2; srw.session_token="v%3D1"', 'srw.session_token')).toBe('v=1');
    expect(cookieValue('a=1', 'srw.session_token')).toBeNull();
    expect(cookieValue('', 'srw.session_token')).toBeNull();
  });

  it('accepts only the HMAC-SHA256 of the value under the key', async () => {
    const signature = await makeSignature('waarde.met.punten', SECRET);
    expect(verifySignedValue(`waarde.met.punten.${signature}`, SECRET)).toBe('waarde.met.punten');
    expect(verifySignedValue(`waarde.met.punt.${signature}`, SECRET)).toBeNull();
    expect(verifySignedValue(`waarde.met.punten.${signature}`, `${SECRET}x`)).toBeNull();
    expect(verifySignedValue(signature, SECRET)).toBeNull();
  });
});
