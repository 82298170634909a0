'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc/client';

/** How often the exercise-day page asks for news. */
const LIVE_REFRESH_MS = 3000;

/**
 * The exercise as everyone with the exercise-day page open sees it: deliveries
 * and observations of others appear within a few seconds. The one place that
 * decides how the page stays live; today a short poll, to be swapped for the
 * server's push (LISTEN/NOTIFY + server-sent events) without touching the page.
 */
export function useLiveExercise(id: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.exercises.get.queryOptions({ id }),
    refetchInterval: LIVE_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}
