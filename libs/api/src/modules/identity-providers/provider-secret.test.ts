import { describe, expect, it } from 'vitest';
import { decryptProviderSecret, encryptProviderSecret } from './provider-secret';

const secret = 'a-test-auth-secret-of-at-least-32-characters';

describe('provider secrets', () => {
  it('round-trips and never stores the plain text', () => {
    const stored = encryptProviderSecret(secret, 'geheim-van-de-politie');
    expect(stored).not.toContain('geheim');
    expect(stored.startsWith('v1.')).toBe(true);
    expect(decryptProviderSecret(secret, stored)).toBe('geheim-van-de-politie');
  });

  it('uses a fresh IV each time', () => {
    expect(encryptProviderSecret(secret, 'x')).not.toBe(encryptProviderSecret(secret, 'x'));
  });

  it('refuses another auth secret, an altered value and garbage', () => {
    const stored = encryptProviderSecret(secret, 'geheim');
    expect(decryptProviderSecret('another-secret-that-is-long-enough-too', stored)).toBeNull();
    const parts = stored.split('.');
    const data = Buffer.from(parts[3] ?? '', 'base64url');
    data[0] = (data[0] ?? 0) ^ 1;
    expect(
      decryptProviderSecret(secret, [parts[0], parts[1], parts[2], data.toString('base64url')].join('.')),
    ).toBeNull();
    expect(decryptProviderSecret(secret, 'plain')).toBeNull();
  });
});
