import { describe, expect, it } from 'vitest';
import { apiSecurityHeadersForRequest, contentSecurityPolicy, securityHeaders } from './security-headers';

describe('security headers', () => {
  it('allow scripts only with the nonce, never eval in production, and nothing framed, based or embedded', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123', production: true });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
    expect(contentSecurityPolicy({ nonce: 'n', production: false })).toContain("'unsafe-eval'");
  });

  it('send HSTS only over https, and the other protections always', () => {
    const plain = securityHeaders({ nonce: 'n', https: false, production: true });
    expect(plain['strict-transport-security']).toBeUndefined();
    expect(plain).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    expect(plain['permissions-policy']).toContain('camera=()');
    expect(securityHeaders({ nonce: 'n', https: true, production: true })['strict-transport-security']).toMatch(
      /max-age=\d+/,
    );
  });

  it('give JSON answers a policy under which nothing runs or is framed, with the other protections', () => {
    const api = apiSecurityHeadersForRequest({ protocol: 'http:', forwardedProto: 'https' });
    expect(api['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    expect(api['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
