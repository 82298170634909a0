import { describe, expect, it } from 'vitest';
import { createUserSchema, passwordSchema } from './users.schema';

describe('user schemas', () => {
  it('requires passwords of 12 to 128 characters', () => {
    expect(passwordSchema.safeParse('a'.repeat(11)).success).toBe(false);
    expect(passwordSchema.safeParse('a'.repeat(12)).success).toBe(true);
    expect(passwordSchema.safeParse('a'.repeat(128)).success).toBe(true);
    const tooLong = passwordSchema.safeParse('a'.repeat(129));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toBe('validation.passwordLength');
  });

  it('normalises the e-mail address and reports field keys', () => {
    const ok = createUserSchema.parse({
      name: ' Anna ',
      email: ' Anna@Politie.NL ',
      organisationId: '6f1c2d7e-0000-4000-8000-000000000001',
      password: 'correct horse battery',
    });
    expect(ok.email).toBe('anna@politie.nl');
    expect(ok.name).toBe('Anna');
    expect(ok.globalRole).toBe('member');
    const bad = createUserSchema.safeParse({ name: '', email: 'geen-adres', organisationId: 'x', password: 'kort' });
    expect(bad.success).toBe(false);
    const fields = Object.fromEntries((bad.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(fields).toEqual({
      name: 'validation.required',
      email: 'validation.email',
      organisationId: 'validation.invalid',
      password: 'validation.passwordLength',
    });
  });
});
