'use client';

import { useState } from 'react';
import type { SearchParams } from '@srw/domain';
import { setAddressSearch, useAddressSearch } from '@/lib/address-search';

/**
 * Filters that live in the address bar, so a filtered view survives a reload and can be shared.
 * The state leads (inputs stay responsive); the address follows through the native History API
 * (`setAddressSearch`), without a server round trip. A change pushes a
 * history entry so Back returns to the previous filters; `replace` is for typing (one entry, not one per key).
 * When the address changes from outside (Back, Forward, a link), the state follows it.
 */
export function useAddressFilters<T>(parse: (params: SearchParams) => T, serialise: (value: T) => string) {
  const fromAddress = parse(useAddressSearch());
  const addressText = serialise(fromAddress);
  const [filters, setFilters] = useState<T>(fromAddress);
  const [seenAddress, setSeenAddress] = useState(addressText);
  if (addressText !== seenAddress) {
    setSeenAddress(addressText);
    if (addressText !== serialise(filters)) setFilters(fromAddress);
  }
  const update = (next: T, history: 'push' | 'replace' = 'push') => {
    setFilters(next);
    const text = serialise(next);
    if (text === serialise(filters)) return;
    setAddressSearch(text, history);
  };
  return [filters, update] as const;
}
