import { describe, expect, it } from 'vitest';
import { createOrganisationSchema } from './organisations.schema';

describe('organisation schemas', () => {
  it('writes codes in capitals and accepts no parent', () => {
    expect(createOrganisationSchema.parse({ code: ' kmar_noord ', name: ' KMar Noord ' })).toEqual({
      code: 'KMAR_NOORD',
      name: 'KMar Noord',
    });
    expect(createOrganisationSchema.parse({ code: 'OM', name: 'OM', parentCode: null }).parentCode).toBeNull();
  });

  it('refuses a code that does not start with a letter, or holds other characters', () => {
    for (const code of ['1OM', 'O', 'KMAR-NOORD', 'K M']) {
      const result = createOrganisationSchema.safeParse({ code, name: 'Naam' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('validation.organisationCode');
    }
  });
});
