import { createHmac, timingSafeEqual } from 'node:crypto';
import { getCookies } from 'better-auth/cookies';

/** What better-auth's session cookie looks like in this deployment, and the key that signs it. */
export interface SessionCookieSpec {
  /** `srw.session_token`, or `__Secure-srw.session_token` with secure cookies. */
  tokenName: string;
  /** The auth secret, the HMAC key of the cookie's signature. */
  secret: string;
}

interface AuthOptionsHolder {
  options: Parameters<typeof getCookies>[0];
}

const specs = new WeakMap<object, SessionCookieSpec>();

/**
 * The cookie name comes from better-auth itself (`getCookies` on
 * the same options), so it cannot drift from what its sign-in sets. Computed
 * once per auth instance.
 */
export function sessionCookieSpec(auth: AuthOptionsHolder): SessionCookieSpec {
  const known = specs.get(auth);
  if (known) return known;
  const secret = auth.options.secret;
  if (!secret) throw new Error('the auth instance has no secret');
  const spec: SessionCookieSpec = {
    tokenName: getCookies(auth.options).sessionToken.name,
    secret,
  };
  specs.set(auth, spec);
  return spec;
}

/**
 * One cookie's value from a Cookie header, read the way better-call (under
 * better-auth) reads it: the first pair with that name wins, surrounding quotes
 * are dropped and the value is URI-decoded when it can be.
 */
export function cookieValue(header: string, name: string): string | null {
  let index = 0;
  while (index < header.length) {
    const eq = header.indexOf('=', index);
    if (eq === -1) return null;
    let end = header.indexOf(';', index);
    if (end === -1) end = header.length;
    else if (end < eq) {
      index = header.lastIndexOf(';', eq - 1) + 1;
      continue;
    }
    if (header.slice(index, eq).trim() === name) {
      let value = header.slice(eq + 1, end).trim();
      if (value.codePointAt(0) === 34) value = value.slice(1, -1);
      try {
        return value.includes('%') ? decodeURIComponent(value) : value;
      } catch {
        return value;
      }
    }
    index = end + 1;
  }
  return null;
}

/**
 * `value.signature` → value when the signature is the HMAC-SHA256 of the value
 * with the auth secret (base64, 44 characters), else null: better-call's
 * `getSignedCookie`, compared in constant time (`timingSafeEqual`). Node's
 * synchronous HMAC, not Web Crypto: `crypto.subtle.verify` cost ~9 % of the
 * server's CPU under load (a job and a promise per request; README → Benchmark).
 */
export function verifySignedValue(signed: string, secret: string): string | null {
  const dot = signed.lastIndexOf('.');
  if (dot < 1) return null;
  const value = signed.slice(0, dot);
  const signature = signed.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith('=') || !BASE64.test(signature)) return null;
  const given = Buffer.from(signature, 'base64');
  const expected = createHmac('sha256', secret).update(value).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The session token a request's cookie carries, when better-auth signed it; else null (absent or tampered). */
export function readSessionToken(headers: Headers, spec: SessionCookieSpec): string | null {
  const header = headers.get('cookie');
  if (!header) return null;
  const signed = cookieValue(header, spec.tokenName);
  if (!signed) return null;
  return verifySignedValue(signed, spec.secret);
}
