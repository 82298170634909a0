import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../../root';
import { createTestHarness, outcome, TEST_PASSWORD, type TestHarness } from '../../testing';

let h: TestHarness;

beforeAll(async () => {
  h = await createTestHarness({ passwordSignIn: false });
  await h.createUser({ name: 'Alleen Sso', organisation: 'POLITIE', email: 'sso@politie.example' });
});
afterAll(async () => h.close());

describe('PASSWORD_SIGN_IN=false', () => {
  it('refuses the right password: only the organisations’ providers sign people in', async () => {
    const ctx = await h.contextFromHeaders({ 'user-agent': 'vitest', 'x-forwarded-for': '10.9.9.9' });
    expect(
      await outcome(() => createCaller(ctx).auth.signIn({ email: 'sso@politie.example', password: TEST_PASSWORD })),
    ).toBe('UNAUTHORIZED');
    expect(ctx.resHeaders.getSetCookie().some((c) => c.startsWith('srw.session_token='))).toBe(false);
  });
});
