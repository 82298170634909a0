import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from './origin-check';

const appUrl = 'http://localhost:3000';
const check = (headers: Record<string, string>) => isSameOriginRequest(new Headers(headers), appUrl);

describe('isSameOriginRequest', () => {
  it('lets our own pages through', () => {
    expect(check({ 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' })).toBe(true);
    expect(check({ origin: 'http://localhost:3000' })).toBe(true);
  });

  it('refuses another origin on the same site, and other sites', () => {
    expect(check({ 'sec-fetch-site': 'same-site', origin: 'http://localhost:3001' })).toBe(false);
    expect(check({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' })).toBe(false);
    expect(check({ origin: 'http://localhost:3001' })).toBe(false);
    expect(check({ origin: 'null' })).toBe(false);
    expect(check({ origin: 'not a url' })).toBe(false);
  });

  it('trusts the browser over a spoofable Origin when both are sent', () => {
    expect(check({ 'sec-fetch-site': 'cross-site', origin: 'http://localhost:3000' })).toBe(false);
  });

  it('lets requests through that no browser made (no cookies to borrow)', () => {
    expect(check({})).toBe(true);
  });
});
