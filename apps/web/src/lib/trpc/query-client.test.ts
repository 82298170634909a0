import { dehydrate, hydrate, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { makeQueryClient } from './query-client';

/** What crosses from the server to the browser: the dehydrated state as JSON in the page. */
function throughThePage<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('makeQueryClient', () => {
  it('hands a prefetched query to the browser with its dates as dates', async () => {
    const server = makeQueryClient();
    const signedAt = new Date('2026-12-06T10:15:00Z');
    await server.prefetchQuery({ queryKey: ['decisions.get', { id: 'a' }], queryFn: () => ({ signedAt, count: 2n }) });
    const browser = makeQueryClient();
    hydrate(browser, throughThePage(dehydrate(server)));
    const data = browser.getQueryData<{ signedAt: Date; count: bigint }>(['decisions.get', { id: 'a' }]);
    expect(data?.signedAt).toBeInstanceOf(Date);
    expect(data?.signedAt.toISOString()).toBe('2026-12-06T10:15:00.000Z');
    expect(data?.count).toBe(2n);
  });

  it('leaves a failed prefetch out, so the browser asks again and shows its own error', async () => {
    const server = makeQueryClient();
    await server.prefetchQuery({
      queryKey: ['glossary.get', { id: 'gone' }],
      queryFn: () => Promise.reject(new Error('NOT_FOUND')),
    });
    await server.prefetchQuery({ queryKey: ['glossary.list'], queryFn: () => ['term'] });
    const keys = dehydrate(server).queries.map((query) => query.queryKey);
    expect(keys).toEqual([['glossary.list']]);
  });

  it('keeps hydrated data fresh for a while, so the browser does not fetch it again at once', async () => {
    const server = makeQueryClient();
    await server.prefetchQuery({ queryKey: ['inbox.count'], queryFn: () => ({ count: 3 }) });
    const browser = makeQueryClient();
    hydrate(browser, throughThePage(dehydrate(server)));
    const fetchAgain = vi.fn(() => ({ count: 4 }));
    const observer = new QueryObserver(browser, { queryKey: ['inbox.count'], queryFn: fetchAgain });
    const unsubscribe = observer.subscribe(() => undefined);
    expect(observer.getCurrentResult()).toMatchObject({ data: { count: 3 }, isStale: false });
    expect(fetchAgain).not.toHaveBeenCalled();
    unsubscribe();
  });
});
