import {
  defaultShouldDehydrateQuery,
  QueryClient,
  type MutationCache,
  type QueryCache,
  type QueryClientConfig,
} from '@tanstack/react-query';
import superjson from 'superjson';

/** Past this age a query refetches when a component mounts; hydrated data counts from when the server read it. */
export const QUERY_STALE_TIME = 15_000;

interface QueryClientOptions {
  queryCache?: QueryCache;
  mutationCache?: MutationCache;
  retry?: NonNullable<NonNullable<QueryClientConfig['defaultOptions']>['queries']>['retry'];
}

/**
 * The one QueryClient recipe for the browser and for server components. The
 * server prefetches into its own client per request and dehydrates what
 * succeeded; superjson carries dates and other non-JSON values across, exactly
 * as the tRPC link does, so a hydrated query holds the same data a fetched one would.
 */
export function makeQueryClient(options: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    queryCache: options.queryCache,
    mutationCache: options.mutationCache,
    defaultOptions: {
      queries: {
        staleTime: QUERY_STALE_TIME,
        refetchOnWindowFocus: false,
        retry: options.retry ?? false,
      },
      dehydrate: {
        serializeData: superjson.serialize,
        // Only what the server read successfully: a failed prefetch leaves the query to the client, which shows its own error state.
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query),
      },
      hydrate: {
        deserializeData: superjson.deserialize,
      },
    },
  });
}
