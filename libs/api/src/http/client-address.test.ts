import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_ADDRESS_HEADER } from './client-address';

const headers = (values: Record<string, string>) => new Headers(values);

describe('clientAddress', () => {
  it('without a trusted proxy takes the socket peer and ignores what the client forwards', () => {
    const request = headers({ [PEER_ADDRESS_HEADER]: '::ffff:192.0.2.7', 'x-forwarded-for': '10.0.0.1' });
    expect(clientAddress(request, 0)).toBe('192.0.2.7');
    expect(clientAddress(headers({ 'x-forwarded-for': '10.0.0.1' }), 0)).toBeNull();
  });

  it('behind one proxy takes the address the proxy appended, never the client-sent ones before it', () => {
    // The client sent "10.0.0.1"; nginx appended the address it saw.
    const request = headers({ 'x-forwarded-for': '10.0.0.1, 198.51.100.4', [PEER_ADDRESS_HEADER]: '172.18.0.5' });
    expect(clientAddress(request, 1)).toBe('198.51.100.4');
  });

  it('behind two proxies takes the entry the outer one wrote', () => {
    const request = headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 172.18.0.2' });
    expect(clientAddress(request, 2)).toBe('203.0.113.9');
  });

  it('is unknown when fewer proxies wrote than are trusted', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9' }), 2)).toBeNull();
    expect(clientAddress(headers({}), 1)).toBeNull();
  });
});
