import { expect, test } from '@playwright/test';

/**
 * The suite's server is the production server (apps/web/server.mjs), which answers
 * `/api/trpc/*` outside Next's route pipeline (issue 19, part A). Its answers must
 * be those of the Next route handler: the same security headers, and the same
 * refusals of bad input, each a 4xx with our error code, never a 500.
 */
const apiHeaders = {
  'content-type': 'application/json',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

test.describe('de API buiten de route-pijplijn van Next', () => {
  test('answers with the security headers and refuses bad input with a 4xx', async ({ request }) => {
    const signedOut = await request.get('/api/trpc/auth.me');
    expect(signedOut.status()).toBe(200);
    expect(signedOut.headers()).toMatchObject(apiHeaders);
    expect(await signedOut.json()).toEqual({ result: { data: { json: null } } });

    const refusals: { what: string; status: number; code: string; send: () => ReturnType<typeof request.get> }[] = [
      {
        what: 'a list without a session',
        status: 401,
        code: 'UNAUTHORIZED',
        send: () => request.get('/api/trpc/glossary.list?input=%7B%22json%22%3A%7B%7D%7D'),
      },
      {
        what: 'a procedure that does not exist',
        status: 404,
        code: 'NOT_FOUND',
        send: () => request.get('/api/trpc/glossary.nothingHere'),
      },
      {
        what: 'a mutation over GET',
        status: 405,
        code: 'METHOD_NOT_SUPPORTED',
        send: () => request.get('/api/trpc/auth.signIn'),
      },
      {
        what: 'input that is not JSON',
        status: 400,
        code: 'BAD_REQUEST',
        send: () =>
          request.post('/api/trpc/auth.signIn', { headers: { 'content-type': 'application/json' }, data: '{nee' }),
      },
      {
        what: 'a mutation from another origin',
        status: 403,
        code: 'FORBIDDEN',
        send: () =>
          request.post('/api/trpc/auth.signIn', {
            headers: { 'content-type': 'application/json', origin: 'http://elders.example' },
            data: { json: { email: 'iemand@example.org', password: 'geen-wachtwoord' } },
          }),
      },
      {
        what: 'a body over the limit',
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        send: () =>
          request.post('/api/trpc/auth.signIn', {
            headers: { 'content-type': 'application/json' },
            data: JSON.stringify({ json: { email: 'x'.repeat(1_100_000), password: 'p' } }),
          }),
      },
    ];
    for (const refusal of refusals) {
      const response = await refusal.send();
      expect(response.status(), refusal.what).toBe(refusal.status);
      expect(response.headers(), refusal.what).toMatchObject(apiHeaders);
      const body = (await response.json()) as { error: { json: { data: { code: string } } } };
      expect(body.error.json.data.code, refusal.what).toBe(refusal.code);
    }
  });
});
