import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@srw/api/client-types';

type RouterOutputs = inferRouterOutputs<AppRouter>;

export type ExerciseView = RouterOutputs['exercises']['get'];
