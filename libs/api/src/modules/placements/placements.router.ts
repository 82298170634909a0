import {
  abortPlacementSchema,
  consentPlacementSchema,
  completePlacementSchema,
  createLessonRecommendationSchema,
  decideExtensionSchema,
  listPlacementsSchema,
  placementActionSchema,
  placementIdSchema,
  placementPersonCandidatesSchema,
  placementTimelineSchema,
  proposePlacementSchema,
  requestExtensionSchema,
  saveDebriefSchema,
  updatePlacementSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { createLessonRecommendation, saveDebrief } from './placements-debrief.service';
import { decideExtension, requestExtension } from './placements-extensions.service';
import { abortPlacement, activatePlacement, completePlacement, consentPlacement } from './placements-lifecycle.service';
import { placementCoverage, placementTimeline } from './placements-overview.service';
import { getPlacement, listPersonCandidates, listPlacements } from './placements-read.service';
import { proposePlacement, updatePlacement } from './placements-write.service';

export const placementsRouter = router({
  list: protectedProcedure.input(listPlacementsSchema).query(({ ctx, input }) => listPlacements(ctx, ctx.user, input)),
  get: protectedProcedure.input(placementIdSchema).query(({ ctx, input }) => getPlacement(ctx, ctx.user, input.id)),
  timeline: protectedProcedure
    .input(placementTimelineSchema)
    .query(({ ctx, input }) => placementTimeline(ctx, ctx.user, input)),
  coverage: protectedProcedure.query(({ ctx }) => placementCoverage(ctx, ctx.user)),
  personCandidates: protectedProcedure
    .input(placementPersonCandidatesSchema)
    .query(({ ctx, input }) => listPersonCandidates(ctx, ctx.user, input)),
  propose: protectedProcedure
    .input(proposePlacementSchema)
    .mutation(({ ctx, input }) => proposePlacement(ctx, ctx.user, input)),
  update: protectedProcedure
    .input(updatePlacementSchema)
    .mutation(({ ctx, input }) => updatePlacement(ctx, ctx.user, input)),
  consent: protectedProcedure
    .input(consentPlacementSchema)
    .mutation(({ ctx, input }) => consentPlacement(ctx, ctx.user, input)),
  activate: protectedProcedure
    .input(placementActionSchema)
    .mutation(({ ctx, input }) => activatePlacement(ctx, ctx.user, input)),
  complete: protectedProcedure
    .input(completePlacementSchema)
    .mutation(({ ctx, input }) => completePlacement(ctx, ctx.user, input)),
  abort: protectedProcedure
    .input(abortPlacementSchema)
    .mutation(({ ctx, input }) => abortPlacement(ctx, ctx.user, input)),
  requestExtension: protectedProcedure
    .input(requestExtensionSchema)
    .mutation(({ ctx, input }) => requestExtension(ctx, ctx.user, input)),
  decideExtension: protectedProcedure
    .input(decideExtensionSchema)
    .mutation(({ ctx, input }) => decideExtension(ctx, ctx.user, input)),
  saveDebrief: protectedProcedure
    .input(saveDebriefSchema)
    .mutation(({ ctx, input }) => saveDebrief(ctx, ctx.user, input)),
  createLessonRecommendation: protectedProcedure
    .input(createLessonRecommendationSchema)
    .mutation(({ ctx, input }) => createLessonRecommendation(ctx, ctx.user, input)),
});
