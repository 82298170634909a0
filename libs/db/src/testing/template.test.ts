import { afterEach, describe, expect, it } from 'vitest';
import {
  PGLITE_TEMPLATE_ENV,
  POSTGRES_TEMPLATE_ENV,
  pgliteTemplate,
  postgresTemplate,
  templateFingerprint,
} from './template';

const saved = { pglite: process.env[PGLITE_TEMPLATE_ENV], postgres: process.env[POSTGRES_TEMPLATE_ENV] };

afterEach(() => {
  for (const [name, value] of [
    [PGLITE_TEMPLATE_ENV, saved.pglite],
    [POSTGRES_TEMPLATE_ENV, saved.postgres],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('test database template', () => {
  it('has a fingerprint of 16 hex digits that stays the same within a run', () => {
    expect(templateFingerprint()).toMatch(/^[0-9a-f]{16}$/);
    expect(templateFingerprint()).toBe(templateFingerprint());
  });

  it('uses a PostgreSQL template only when its name carries the current fingerprint', () => {
    process.env[POSTGRES_TEMPLATE_ENV] = `srw_tpl_${templateFingerprint()}_1a2b`;
    expect(postgresTemplate()).toBe(`srw_tpl_${templateFingerprint()}_1a2b`);
    const stale = templateFingerprint().replace(/^./, (digit) => (digit === '0' ? '1' : '0'));
    process.env[POSTGRES_TEMPLATE_ENV] = `srw_tpl_${stale}_1a2b`;
    expect(postgresTemplate()).toBeUndefined();
    process.env[POSTGRES_TEMPLATE_ENV] = `srw_tpl_${templateFingerprint()}_1; drop database x`;
    expect(postgresTemplate()).toBeUndefined();
    delete process.env[POSTGRES_TEMPLATE_ENV];
    expect(postgresTemplate()).toBeUndefined();
  });

  it('ignores a PGlite tarball of another fingerprint without reading it', () => {
    const stale = templateFingerprint().replace(/^./, (digit) => (digit === '0' ? '1' : '0'));
    process.env[PGLITE_TEMPLATE_ENV] = `/nonexistent/srw-test-templates/pglite-${stale}.tar`;
    expect(pgliteTemplate()).toBeUndefined();
    delete process.env[PGLITE_TEMPLATE_ENV];
    expect(pgliteTemplate()).toBeUndefined();
  });
});
