'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { SessionUser } from '@srw/api/client-types';

const SessionUserContext = createContext<SessionUser | null>(null);

export function SessionUserProvider({ user, children }: { user: SessionUser; children: ReactNode }) {
  return <SessionUserContext.Provider value={user}>{children}</SessionUserContext.Provider>;
}

/** The signed-in user, inside the signed-in layout. */
export function useSessionUser(): SessionUser {
  const user = useContext(SessionUserContext);
  if (!user) throw new Error('useSessionUser is used outside the signed-in layout');
  return user;
}
