import 'server-only';

import { readsEveryGroup } from '@srw/domain';
import { prefetch, requestUser, trpc } from '@/lib/trpc/server';

/** The reference lists `useReferenceData` reads (indicators, legal bases, cooperation levels). */
export async function prefetchReferenceData(): Promise<void> {
  await Promise.all([
    prefetch(trpc.reference.conditions.queryOptions()),
    prefetch(trpc.reference.legalBases.queryOptions()),
    prefetch(trpc.reference.cooperationLevels.queryOptions()),
  ]);
}

/** An exercise's own page and its printables, conduct page and report: the exercise and the reference lists. */
export async function prefetchExercise(id: string): Promise<void> {
  await Promise.all([prefetch(trpc.exercises.get.queryOptions({ id })), prefetchReferenceData()]);
}

/** The groups `useReadableGroups` lists: every group for those who read them all, else the person's own. */
export async function prefetchReadableGroups(): Promise<void> {
  const user = await requestUser();
  if (!user) return;
  await prefetch(trpc.workingGroups.list.queryOptions({ scope: readsEveryGroup(user) ? 'all' : 'mine', limit: 100 }));
}
