import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Client secrets of the organisations' providers are stored encrypted with
 * AES-256-GCM under a key derived (HKDF-SHA256) from the auth secret
 * (`BETTER_AUTH_SECRET`): a database dump or backup alone does not reveal them.
 * Changing the auth secret means entering the client secrets again.
 * Format: `v1.<iv>.<tag>.<ciphertext>`, base64url.
 */
function keyFrom(authSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret, 'samenwerkingsruimte', 'identity-provider-client-secret', 32));
}

export function encryptProviderSecret(authSecret: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(authSecret), iv);
  const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), encrypted]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Null when the value was not written with this auth secret (or was altered). */
export function decryptProviderSecret(authSecret: string, stored: string): string | null {
  const [version, iv, tag, data] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(authSecret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
