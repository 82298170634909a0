'use client';

import { useQuery } from '@tanstack/react-query';
import { lensOrganisation } from '@srw/domain';
import { useSessionUser } from '@/components/shell/session-user';
import { useTRPC } from '@/lib/trpc/client';
import { useLens } from './use-lens';

/** The organisation the signed-in person looks through (`?lens=` or their remembered choice); null for the joint view. */
export function useLensOrganisation() {
  const trpc = useTRPC();
  const user = useSessionUser();
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  return lensOrganisation(useLens(user.userId).lens, organisations.data ?? []);
}
