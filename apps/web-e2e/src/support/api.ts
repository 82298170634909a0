import { createTRPCClient, httpLink } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '@srw/api/client-types';
import { DEMO_PASSWORD, demoUsers } from '@srw/api/demo-accounts';
import { generateSync } from 'otplib';
import { rememberTotpSecret, totpCodeFor } from './totp';

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

const adminEmail = demoUsers.find((u) => u.globalRole === 'admin')?.email ?? '';

/**
 * A tRPC client signed in as `email`, keeping its cookies like a browser would.
 * An account with a second factor gives its TOTP code (the key must be known,
 * see `totp.ts`); an account whose role requires one and has none is enrolled
 * on the spot, and its key remembered for later sign-ins (issue 13).
 */
export async function apiAs(baseURL: string, email: string, password: string): Promise<ApiClient> {
  const jar = new Map<string, string>();
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseURL}/api/trpc`,
        transformer: superjson,
        fetch: async (url, init) => {
          const headers = new Headers(init?.headers);
          if (jar.size > 0) headers.set('cookie', [...jar.entries()].map(([k, v]) => `${k}=${v}`).join('; '));
          const response = await fetch(url, { ...init, headers });
          for (const set of response.headers.getSetCookie()) {
            const pair = set.split(';')[0] ?? '';
            const name = pair.slice(0, pair.indexOf('='));
            const value = pair.slice(pair.indexOf('=') + 1);
            if (value === '' || /max-age=0/i.test(set)) jar.delete(name);
            else jar.set(name, value);
          }
          return response;
        },
      }),
    ],
  });
  const signedIn = await client.auth.signIn.mutate({ email, password });
  if (signedIn.secondFactorRequired) {
    await client.auth.verifySignInCode.mutate({ kind: 'totp', code: totpCodeFor(email) });
  } else if ((await client.auth.me.query()) === null) {
    const enrolment = await client.mfa.startEnrolment.mutate({ password });
    await client.mfa.confirm.mutate({ code: generateSync({ secret: enrolment.secret }) });
    rememberTotpSecret(email, enrolment.secret);
  }
  return client;
}

export function adminApi(baseURL: string): Promise<ApiClient> {
  return apiAs(baseURL, adminEmail, DEMO_PASSWORD);
}

/** Unique per test run and test, so parallel tests never share data. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
