import {
  changeDecisionStatusSchema,
  createDecisionSchema,
  decisionFiltersSchema,
  decisionIdSchema,
  decisionTestTargetSchema,
  decisionTestTargetsSchema,
  decisionVersionRefSchema,
  listDecisionsSchema,
  recordDecisionTestSchema,
  removeDecisionTestSchema,
  updateDecisionSchema,
} from '@srw/domain';
import { getPrintableFramework } from './decisions-print.service';
import { protectedProcedure, router } from '../../trpc';
import {
  listDecisionsTestedInTarget,
  listTestTargetsForDecision,
  recordDecisionTest,
  removeDecisionTest,
} from './decision-tests.service';
import { changeDecisionStatus, markDecisionReviewed, signOffDecision } from './decisions-lifecycle.service';
import {
  getDecision,
  getDecisionHistory,
  getOverview,
  listDecisionsForActor,
  listReferenceConditions,
} from './decisions-read.service';
import { createDecision, updateDecision } from './decisions-write.service';
import { legalBasesRouter } from './legal-bases.router';

export const decisionsRouter = router({
  list: protectedProcedure
    .input(listDecisionsSchema)
    .query(({ ctx, input }) => listDecisionsForActor(ctx, ctx.user, input)),
  printable: protectedProcedure
    .input(decisionFiltersSchema)
    .query(({ ctx, input }) => getPrintableFramework(ctx, ctx.user, input)),
  overview: protectedProcedure
    .input(decisionFiltersSchema)
    .query(({ ctx, input }) => getOverview(ctx, ctx.user, input)),
  get: protectedProcedure.input(decisionIdSchema).query(({ ctx, input }) => getDecision(ctx, ctx.user, input.id)),
  history: protectedProcedure
    .input(decisionIdSchema)
    .query(({ ctx, input }) => getDecisionHistory(ctx, ctx.user, input.id)),
  referenceConditions: protectedProcedure.query(({ ctx }) => listReferenceConditions(ctx)),
  create: protectedProcedure
    .input(createDecisionSchema)
    .mutation(({ ctx, input }) => createDecision(ctx, ctx.user, input)),
  update: protectedProcedure
    .input(updateDecisionSchema)
    .mutation(({ ctx, input }) => updateDecision(ctx, ctx.user, input)),
  changeStatus: protectedProcedure
    .input(changeDecisionStatusSchema)
    .mutation(({ ctx, input }) => changeDecisionStatus(ctx, ctx.user, input)),
  signOff: protectedProcedure
    .input(decisionVersionRefSchema)
    .mutation(({ ctx, input }) => signOffDecision(ctx, ctx.user, input)),
  markReviewed: protectedProcedure
    .input(decisionVersionRefSchema)
    .mutation(({ ctx, input }) => markDecisionReviewed(ctx, ctx.user, input)),
  recordTest: protectedProcedure
    .input(recordDecisionTestSchema)
    .mutation(({ ctx, input }) => recordDecisionTest(ctx, ctx.user, input)),
  removeTest: protectedProcedure
    .input(removeDecisionTestSchema)
    .mutation(({ ctx, input }) => removeDecisionTest(ctx, ctx.user, input)),
  testTargets: protectedProcedure
    .input(decisionTestTargetsSchema)
    .query(({ ctx, input }) => listTestTargetsForDecision(ctx, ctx.user, input)),
  testedIn: protectedProcedure
    .input(decisionTestTargetSchema)
    .query(({ ctx, input }) => listDecisionsTestedInTarget(ctx, ctx.user, input)),
  legalBases: legalBasesRouter,
});
