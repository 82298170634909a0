'use client';

import { useSyncExternalStore } from 'react';
import { effectiveLens, lensCookieName, lensParam, lensValue } from '@srw/domain';
import { setAddressSearch, useAddressSearch } from './address-search';
import { useRememberedLensOnServer } from './remembered-lens';

const LENS_CHANGE = 'srw:lens-change';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

function subscribe(onChange: () => void): () => void {
  window.addEventListener(LENS_CHANGE, onChange);
  return () => window.removeEventListener(LENS_CHANGE, onChange);
}

function readCookie(name: string): string {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return entry ? decodeURIComponent(entry.slice(name.length + 1)) : '';
}

/**
 * The organisation lens for this person: the address (`?lens=politie`, a shared
 * link) first, else what they chose before (a cookie per person). Returns the
 * organisation code in lower case, or null for the joint view, and a setter that
 * remembers the choice and puts it in the address.
 */
export function useLens(userId: string) {
  const cookie = lensCookieName(userId);
  const fromAddress = useAddressSearch()[lensParam];
  const rememberedOnServer = useRememberedLensOnServer();
  const remembered = useSyncExternalStore(
    subscribe,
    () => readCookie(cookie),
    () => rememberedOnServer,
  );
  const lens = effectiveLens(fromAddress, remembered);
  const setLens = (organisationCode: string | null) => {
    const value = lensValue(organisationCode);
    document.cookie = `${cookie}=${encodeURIComponent(value)}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
    const params = new URLSearchParams(window.location.search);
    params.set(lensParam, value);
    setAddressSearch(`?${params.toString()}`, 'push');
    window.dispatchEvent(new Event(LENS_CHANGE));
  };
  return { lens, setLens };
}
