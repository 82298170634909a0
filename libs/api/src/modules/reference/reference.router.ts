import { protectedProcedure, router } from '../../trpc';
import { readConditionNodes, readCooperationLevels, readLegalBases } from './reference-read.service';

export const referenceRouter = router({
  cooperationLevels: protectedProcedure.query(({ ctx }) => readCooperationLevels(ctx)),
  conditions: protectedProcedure.query(({ ctx }) => readConditionNodes(ctx)),
  legalBases: protectedProcedure.query(({ ctx }) => readLegalBases(ctx)),
});
