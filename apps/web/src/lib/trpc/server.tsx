import 'server-only';

import {
  dehydrate,
  HydrationBoundary,
  type FetchInfiniteQueryOptions,
  type FetchQueryOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { cookies, headers } from 'next/headers';
import { cache, type ReactNode } from 'react';
import { appRouter, createServerContext, type AppRouter, type SessionState, type SessionUser } from '@srw/api/server';
import { effectiveLens, lensCookieName, lensOrganisation, lensParam, type SearchParams } from '@srw/domain';
import { makeQueryClient } from './query-client';

/** The request's tRPC context, built once per request (layout and page share it). */
const requestContext = cache(async () => createServerContext(new Headers(await headers())));

/** One QueryClient per request: what the page prefetches, `HydrateClient` hands to the browser. */
const requestQueryClient = cache((): QueryClient => makeQueryClient());

/**
 * The same `trpc.<router>.<procedure>.queryOptions(input)` as in client
 * components, but answered in-process through the router with the request's
 * own context (the caller's rights, nothing cached across requests). The query
 * keys are those the client computes, so the browser starts with the data.
 */
export const trpc = createTRPCOptionsProxy<AppRouter>({
  router: appRouter,
  ctx: requestContext,
  queryClient: requestQueryClient,
});

/** The signed-in user of this request, from the request's one context. */
export async function requestUser(): Promise<SessionUser | null> {
  return (await requestContext()).user;
}

/** The request's session whatever its second-factor state (issue 13): the signed-in layout routes on it. */
export async function requestSession(): Promise<SessionState | null> {
  return (await requestContext()).session;
}

/**
 * Reads a query into the request's cache before the page renders. Pages await
 * their prefetches (`Promise.all`), so the data is in the first HTML rather than
 * streamed after a spinner. A failure is not thrown: the query is then left out
 * of the hydration, and the client component asks again and shows its own error.
 */
export async function prefetch<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<void> {
  await requestQueryClient().prefetchQuery(options);
}

/** `prefetch` for a paged list (`infiniteQueryOptions`): its first page. */
export async function prefetchInfinite<TQueryFnData, TError, TData, TQueryKey extends QueryKey, TPageParam>(
  options: FetchInfiniteQueryOptions<TQueryFnData, TError, TData, TQueryKey, TPageParam>,
): Promise<void> {
  await requestQueryClient().prefetchInfiniteQuery(options);
}

/**
 * A query's data for the page to compute another query's input from (the
 * lens's organisation, say); also kept for hydration. Null when it fails.
 */
export async function fetchOrNull<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<TData | null> {
  try {
    return await requestQueryClient().fetchQuery(options);
  } catch {
    return null;
  }
}

/** Hands what this request prefetched to the browser's QueryClient. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(requestQueryClient())}>{children}</HydrationBoundary>;
}

/** Page `searchParams` as the client reads the address (`useAddressSearch`): one string per name, the last one wins. */
export function addressParams(searchParams: SearchParams): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(searchParams)) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (last !== undefined) params[name] = last;
  }
  return params;
}

/**
 * The organisation the person looks through, as `useLensOrganisation` computes
 * it: `?lens=` first, else the person's cookie (which the signed-in layout hands
 * to `useLens` as its server snapshot), matched against `organisations.list`.
 */
export async function requestLensOrganisation(params: Record<string, string>) {
  const user = await requestUser();
  if (!user) return null;
  const remembered = (await cookies()).get(lensCookieName(user.userId))?.value ?? '';
  const organisations = await fetchOrNull(trpc.organisations.list.queryOptions());
  return lensOrganisation(effectiveLens(params[lensParam], remembered), organisations ?? []);
}
