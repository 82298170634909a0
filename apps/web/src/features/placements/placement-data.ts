import type { inferOutput } from '@trpc/tanstack-react-query';
import type { useTRPC } from '@/lib/trpc/client';

type Procedures = ReturnType<typeof useTRPC>['placements'];

/** One placement as `placements.get` returns it. */
export type PlacementData = inferOutput<Procedures['get']>;
export type PlacementTimelineData = inferOutput<Procedures['timeline']>;
export type PlacementCoverageData = inferOutput<Procedures['coverage']>;
