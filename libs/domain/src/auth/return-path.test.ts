import { describe, expect, it } from 'vitest';
import { DEFAULT_RETURN_PATH, safeReturnPath } from './return-path';

const origin = 'https://samenwerkingsruimte.example';

describe('safeReturnPath', () => {
  it.each([
    ['/aanbevelingen?werkgroep=1#r4', '/aanbevelingen?werkgroep=1#r4'],
    ['/werkgroepen/abc', '/werkgroepen/abc'],
    ['begrippenlijst', '/begrippenlijst'],
  ])('follows a path on this site: %s', (value, expected) => {
    expect(safeReturnPath(value, origin)).toBe(expected);
  });

  it.each([
    '//evil.example',
    '/\\evil.example',
    '/%5Cevil.example',
    '/\\/evil.example',
    '/%09/evil.example',
    '\t//evil.example',
    'https://evil.example/werkgroepen',
    'http://samenwerkingsruimte.example/',
    'https://samenwerkingsruimte.example//evil.example',
    '/.//evil.example',
    'javascript:alert(1)',
    'data:text/html,hi',
    '',
    null,
  ])('never leaves the site: %j', (value) => {
    const result = safeReturnPath(value, origin);
    expect(new URL(result, origin).origin).toBe(origin);
    expect(result.startsWith('/')).toBe(true);
    expect(result.startsWith('//')).toBe(false);
  });

  it('falls back to the working groups for another origin', () => {
    expect(safeReturnPath('https://evil.example/x', origin)).toBe(DEFAULT_RETURN_PATH);
    expect(safeReturnPath('/\\evil.example', origin)).toBe(DEFAULT_RETURN_PATH);
  });
});
