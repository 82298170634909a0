import {
  assessmentGroupSchema,
  assessmentIdSchema,
  assessmentOverviewSchema,
  createAssessmentSchema,
  deleteAssessmentSchema,
  updateAssessmentSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { assessmentOverview, getAssessment, listAssessments } from './assessments-read.service';
import { createAssessment, deleteAssessment, updateAssessment } from './assessments-write.service';

export const assessmentsRouter = router({
  list: protectedProcedure
    .input(assessmentGroupSchema)
    .query(({ ctx, input }) => listAssessments(ctx, ctx.user, input.groupId)),
  get: protectedProcedure.input(assessmentIdSchema).query(({ ctx, input }) => getAssessment(ctx, ctx.user, input.id)),
  overview: protectedProcedure
    .input(assessmentOverviewSchema)
    .query(({ ctx, input }) => assessmentOverview(ctx, ctx.user, input)),
  create: protectedProcedure
    .input(createAssessmentSchema)
    .mutation(({ ctx, input }) => createAssessment(ctx, ctx.user, input)),
  update: protectedProcedure
    .input(updateAssessmentSchema)
    .mutation(({ ctx, input }) => updateAssessment(ctx, ctx.user, input)),
  delete: protectedProcedure
    .input(deleteAssessmentSchema)
    .mutation(({ ctx, input }) => deleteAssessment(ctx, ctx.user, input)),
});
