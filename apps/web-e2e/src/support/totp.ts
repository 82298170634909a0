import { generateSync } from 'otplib';
import { demoUsers } from '@srw/api/demo-accounts';

/**
 * TOTP keys of the accounts this worker knows (issue 13): the demo accounts'
 * documented keys, and the keys of accounts the `seed` fixture enrolled. Codes
 * are computed with otplib, as an authenticator app would.
 */
const secrets = new Map<string, string>(
  demoUsers.flatMap((user) => (user.totpKey ? [[user.email, user.totpKey] as const] : [])),
);

export function rememberTotpSecret(email: string, secret: string) {
  secrets.set(email, secret);
}

export function totpSecretOf(email: string): string | undefined {
  return secrets.get(email);
}

/** The current code of this account's key; throws when the worker does not know it. */
export function totpCodeFor(email: string): string {
  const secret = secrets.get(email);
  if (!secret) throw new Error(`no TOTP key known for ${email}`);
  return generateSync({ secret });
}
