'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc/client';

/**
 * The exercise as everyone with the exercise-day page open sees it: deliveries
 * and observations of others appear as soon as they are saved. The live stream
 * (`LiveUpdatesProvider`, LISTEN/NOTIFY + server-sent events) marks the
 * exercise's queries stale on every change of the exercise or its injects and
 * observations, so this query refetches then, with the reader's own rights.
 */
export function useLiveExercise(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.exercises.get.queryOptions({ id }));
}
