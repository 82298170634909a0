import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The unsubscribe link works without signing in: its token names the person
 * and carries an HMAC-SHA256 over that name with the auth secret, so nobody can
 * make one for somebody else, and a changed token is refused.
 */

function signature(userId: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${userId}`).digest();
}

export function unsubscribeToken(userId: string, secret: string): string {
  return `${Buffer.from(userId, 'utf8').toString('base64url')}.${signature(userId, secret).toString('base64url')}`;
}

/** The person the token is for, or null when it is malformed or its signature does not match. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const [payload, mac, ...rest] = token.split('.');
  if (!payload || !mac || rest.length > 0) return null;
  const userId = Buffer.from(payload, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(userId)) return null;
  const given = Buffer.from(mac, 'base64url');
  const expected = signature(userId, secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
