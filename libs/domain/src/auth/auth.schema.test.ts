import { describe, expect, it } from 'vitest';
import { signInSchema } from './auth.schema';

describe('sign-in schema', () => {
  it('normalises the e-mail address and takes any password up to the maximum', () => {
    expect(signInSchema.parse({ email: ' Anna@Politie.NL ', password: 'kort' })).toEqual({
      email: 'anna@politie.nl',
      password: 'kort',
    });
  });

  it('refuses empty fields and a password longer than any account can have', () => {
    const empty = signInSchema.safeParse({ email: ' ', password: '' });
    expect(empty.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['email', 'validation.required'],
      ['password', 'validation.required'],
    ]);
    expect(signInSchema.safeParse({ email: 'a@b.nl', password: 'x'.repeat(129) }).success).toBe(false);
  });
});
