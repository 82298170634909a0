import { createTRPCClient, httpLink } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '@srw/api/client-types';
import { DEMO_PASSWORD, demoUsers } from '@srw/api/demo-accounts';

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

const adminEmail = demoUsers.find((u) => u.globalRole === 'admin')?.email ?? '';

/** A tRPC client signed in as `email`, keeping its session cookie like a browser would. */
export async function apiAs(baseURL: string, email: string, password: string): Promise<ApiClient> {
  let cookie = '';
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseURL}/api/trpc`,
        transformer: superjson,
        fetch: async (url, init) => {
          const headers = new Headers(init?.headers);
          if (cookie) headers.set('cookie', cookie);
          const response = await fetch(url, { ...init, headers });
          const setCookies = response.headers.getSetCookie();
          if (setCookies.length > 0) cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
          return response;
        },
      }),
    ],
  });
  await client.auth.signIn.mutate({ email, password });
  return client;
}

export function adminApi(baseURL: string): Promise<ApiClient> {
  return apiAs(baseURL, adminEmail, DEMO_PASSWORD);
}

/** Unique per test run and test, so parallel tests never share data. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
