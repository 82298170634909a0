import { describe, expect, it } from 'vitest';
import { createLegalBasisSchema, markLegalBasisChangedSchema } from './legal-bases.schema';

describe('legal basis schemas', () => {
  it('upper-cases legal basis codes and accepts an empty link', () => {
    const parsed = createLegalBasisSchema.parse({
      code: 'pw2012-58',
      law: 'Politiewet 2012',
      title: 'Bijstand',
      url: '',
    });
    expect(parsed.code).toBe('PW2012-58');
    expect(parsed.url).toBeNull();
    expect(createLegalBasisSchema.safeParse({ code: 'x y', law: 'w', title: 't' }).success).toBe(false);
  });

  it('takes only web links', () => {
    const base = { code: 'PW2012-58', law: 'Politiewet 2012', title: 'Bijstand' };
    expect(createLegalBasisSchema.safeParse({ ...base, url: 'https://wetten.overheid.nl/BWBR0031788' }).success).toBe(
      true,
    );
    expect(createLegalBasisSchema.safeParse({ ...base, url: 'ftp://wetten.overheid.nl/x' }).success).toBe(false);
  });

  it('needs a note when a basis is marked as changed', () => {
    const result = markLegalBasisChangedSchema.safeParse({
      id: '6f1c2d7e-0000-4000-8000-000000000001',
      version: 1,
      changeNote: ' ',
    });
    expect(result.error?.issues[0]?.message).toBe('validation.required');
  });
});
