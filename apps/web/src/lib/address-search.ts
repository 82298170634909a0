'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo, useSyncExternalStore } from 'react';

/** Fired after `setAddressSearch` changes the address, so readers update at once. */
const ADDRESS_CHANGE = 'srw:address-change';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(ADDRESS_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(ADDRESS_CHANGE, onChange);
  };
}

function currentSearch(): string {
  return window.location.search.replace(/^\?/, '');
}

/**
 * The address bar's query parameters, read from the browser itself: Back,
 * Forward and `setAddressSearch` show at once, whatever the router is still
 * doing with an earlier navigation. The first render (also on the server)
 * uses the router's `useSearchParams`, so hydration matches.
 */
export function useAddressSearch(): Record<string, string> {
  const initial = useSearchParams().toString();
  const search = useSyncExternalStore(subscribe, currentSearch, () => initial);
  return useMemo(() => Object.fromEntries(new URLSearchParams(search).entries()), [search]);
}

/**
 * Puts filters in the address without a server round trip: `push` adds a
 * history entry (Back returns to the previous filters), `replace` does not
 * (for typing). `search` is '' or starts with '?'.
 */
export function setAddressSearch(search: string, mode: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${search}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(ADDRESS_CHANGE));
}
