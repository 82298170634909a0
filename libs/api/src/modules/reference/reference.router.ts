import { protectedProcedure, router } from '../../trpc';
import { listConditionNodes, listCooperationLevels, listLegalBases } from './reference.service';

export const referenceRouter = router({
  cooperationLevels: protectedProcedure.query(({ ctx }) => listCooperationLevels(ctx)),
  conditions: protectedProcedure.query(({ ctx }) => listConditionNodes(ctx)),
  legalBases: protectedProcedure.query(({ ctx }) => listLegalBases(ctx)),
});
