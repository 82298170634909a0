import {
  eligibleOwnersSchema,
  addRecommendationNoteSchema,
  changeRecommendationStatusSchema,
  createRecommendationSchema,
  listRecommendationsSchema,
  recommendationDashboardSchema,
  recommendationIdSchema,
  recordAddresseeProgressSchema,
  updateRecommendationSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { recommendationDashboard } from './recommendations-dashboard.service';
import {
  addRecommendationNote,
  changeRecommendationStatus,
  recordAddresseeProgress,
} from './recommendations-lifecycle.service';
import { listEligibleOwners } from './recommendations-owners.service';
import { getRecommendation, listRecommendations } from './recommendations-read.service';
import { createRecommendation, updateRecommendation } from './recommendations-write.service';

export const recommendationsRouter = router({
  eligibleOwners: protectedProcedure
    .input(eligibleOwnersSchema)
    .query(({ ctx, input }) => listEligibleOwners(ctx, ctx.user, input)),
  list: protectedProcedure
    .input(listRecommendationsSchema)
    .query(({ ctx, input }) => listRecommendations(ctx, ctx.user, input)),
  get: protectedProcedure
    .input(recommendationIdSchema)
    .query(({ ctx, input }) => getRecommendation(ctx, ctx.user, input.id)),
  create: protectedProcedure
    .input(createRecommendationSchema)
    .mutation(({ ctx, input }) => createRecommendation(ctx, ctx.user, input)),
  update: protectedProcedure
    .input(updateRecommendationSchema)
    .mutation(({ ctx, input }) => updateRecommendation(ctx, ctx.user, input)),
  changeStatus: protectedProcedure
    .input(changeRecommendationStatusSchema)
    .mutation(({ ctx, input }) => changeRecommendationStatus(ctx, ctx.user, input)),
  addNote: protectedProcedure
    .input(addRecommendationNoteSchema)
    .mutation(({ ctx, input }) => addRecommendationNote(ctx, ctx.user, input)),
  recordAddresseeProgress: protectedProcedure
    .input(recordAddresseeProgressSchema)
    .mutation(({ ctx, input }) => recordAddresseeProgress(ctx, ctx.user, input)),
  dashboard: protectedProcedure
    .input(recommendationDashboardSchema)
    .query(({ ctx, input }) => recommendationDashboard(ctx, ctx.user, input)),
});
