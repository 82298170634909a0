import { describe, expect, it } from 'vitest';
import { exportLocaleOf } from './export-request';

const request = (query: string, cookie?: string) =>
  new Request(`http://localhost/api/export/werkgroepen${query}`, { headers: cookie ? { cookie } : {} });

describe('exportLocaleOf', () => {
  it('follows the page’s ?taal=, then ?lang=, then the NEXT_LOCALE cookie, then Dutch', () => {
    expect(exportLocaleOf(request('?taal=en', 'NEXT_LOCALE=nl'))).toBe('en');
    expect(exportLocaleOf(request('?lang=en'))).toBe('en');
    expect(exportLocaleOf(request('', 'other=1; NEXT_LOCALE=en'))).toBe('en');
    expect(exportLocaleOf(request('?taal=xx', 'NEXT_LOCALE=xx'))).toBe('nl');
    expect(exportLocaleOf(request(''))).toBe('nl');
  });
});
