'use client';

import { MutationCache, QueryCache, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { useState, type ReactNode } from 'react';
import superjson from 'superjson';
import type { AppRouter } from '@srw/api/client-types';
import { makeQueryClient } from './query-client';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

function isUnauthenticated(error: unknown): boolean {
  return (
    error instanceof TRPCClientError &&
    error.data?.code === 'UNAUTHORIZED' &&
    error.data?.domainCode === 'UNAUTHENTICATED'
  );
}

/** An expired session anywhere sends the user back to the sign-in page. */
function redirectToSignIn(error: unknown) {
  if (isUnauthenticated(error) && typeof window !== 'undefined' && !window.location.pathname.startsWith('/inloggen')) {
    window.location.assign(`/inloggen?terug=${encodeURIComponent(window.location.pathname)}`);
  }
}

/** Access and validation errors do not get better by retrying. */
function retryServerFaults(failureCount: number, error: unknown): boolean {
  return !(error instanceof TRPCClientError && error.data?.httpStatus < 500) && failureCount < 2;
}

function makeBrowserQueryClient() {
  return makeQueryClient({
    queryCache: new QueryCache({ onError: redirectToSignIn }),
    mutationCache: new MutationCache({ onError: redirectToSignIn }),
    retry: retryServerFaults,
  });
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeBrowserQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: '/api/trpc', transformer: superjson })],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
