'use client';

import { createContext, useContext, type ReactNode } from 'react';

const RememberedLensContext = createContext('');

/**
 * The person's lens cookie as the server read it for this request. `useLens`
 * renders with it before the browser's own cookie can be read, so the server's
 * HTML, its prefetched queries and the first render in the browser agree.
 */
export function RememberedLensProvider({ value, children }: { value: string; children: ReactNode }) {
  return <RememberedLensContext.Provider value={value}>{children}</RememberedLensContext.Provider>;
}

export function useRememberedLensOnServer(): string {
  return useContext(RememberedLensContext);
}
