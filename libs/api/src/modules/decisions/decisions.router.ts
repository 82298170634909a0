import {
  changeDecisionStatusSchema,
  createDecisionSchema,
  createLegalBasisSchema,
  decisionFiltersSchema,
  decisionIdSchema,
  decisionVersionRefSchema,
  listDecisionsSchema,
  markLegalBasisChangedSchema,
  decisionTestTargetSchema,
  decisionTestTargetsSchema,
  recordDecisionTestSchema,
  removeDecisionTestSchema,
  updateDecisionSchema,
  updateLegalBasisSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import {
  changeDecisionStatus,
  createDecision,
  getDecision,
  getDecisionHistory,
  getOverview,
  listDecisionsForActor,
  listReferenceConditions,
  markDecisionReviewed,
  signOffDecision,
  updateDecision,
} from './decisions.service';
import { listDecisionsTestedInTarget, listTestTargetsForDecision, recordDecisionTest, removeDecisionTest } from './decision-tests.service';
import { createLegalBasis, listLegalBasisCatalogue, markLegalBasisChanged, updateLegalBasis } from './legal-bases.service';

export const legalBasesRouter = router({
  list: protectedProcedure.query(({ ctx }) => listLegalBasisCatalogue(ctx)),
  create: protectedProcedure.input(createLegalBasisSchema).mutation(({ ctx, input }) => createLegalBasis(ctx, ctx.user, input)),
  update: protectedProcedure.input(updateLegalBasisSchema).mutation(({ ctx, input }) => updateLegalBasis(ctx, ctx.user, input)),
  markChanged: protectedProcedure.input(markLegalBasisChangedSchema).mutation(({ ctx, input }) => markLegalBasisChanged(ctx, ctx.user, input)),
});

export const decisionsRouter = router({
  list: protectedProcedure.input(listDecisionsSchema).query(({ ctx, input }) => listDecisionsForActor(ctx, ctx.user, input)),
  overview: protectedProcedure.input(decisionFiltersSchema).query(({ ctx, input }) => getOverview(ctx, ctx.user, input)),
  get: protectedProcedure.input(decisionIdSchema).query(({ ctx, input }) => getDecision(ctx, ctx.user, input.id)),
  history: protectedProcedure.input(decisionIdSchema).query(({ ctx, input }) => getDecisionHistory(ctx, ctx.user, input.id)),
  referenceConditions: protectedProcedure.query(({ ctx }) => listReferenceConditions(ctx)),
  create: protectedProcedure.input(createDecisionSchema).mutation(({ ctx, input }) => createDecision(ctx, ctx.user, input)),
  update: protectedProcedure.input(updateDecisionSchema).mutation(({ ctx, input }) => updateDecision(ctx, ctx.user, input)),
  changeStatus: protectedProcedure.input(changeDecisionStatusSchema).mutation(({ ctx, input }) => changeDecisionStatus(ctx, ctx.user, input)),
  signOff: protectedProcedure.input(decisionVersionRefSchema).mutation(({ ctx, input }) => signOffDecision(ctx, ctx.user, input)),
  markReviewed: protectedProcedure.input(decisionVersionRefSchema).mutation(({ ctx, input }) => markDecisionReviewed(ctx, ctx.user, input)),
  recordTest: protectedProcedure.input(recordDecisionTestSchema).mutation(({ ctx, input }) => recordDecisionTest(ctx, ctx.user, input)),
  removeTest: protectedProcedure.input(removeDecisionTestSchema).mutation(({ ctx, input }) => removeDecisionTest(ctx, ctx.user, input)),
  testTargets: protectedProcedure.input(decisionTestTargetsSchema).query(({ ctx, input }) => listTestTargetsForDecision(ctx, ctx.user, input)),
  testedIn: protectedProcedure.input(decisionTestTargetSchema).query(({ ctx, input }) => listDecisionsTestedInTarget(ctx, ctx.user, input)),
  legalBases: legalBasesRouter,
});
