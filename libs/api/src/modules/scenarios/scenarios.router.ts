import {
  changeScenarioStatusSchema,
  createScenarioSchema,
  deleteScenarioSchema,
  listScenariosSchema,
  scenarioIdSchema,
  updateScenarioSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { changeScenarioStatus } from './scenarios-lifecycle.service';
import { getScenario, listGroupScenarios } from './scenarios-read.service';
import { createScenario, deleteScenario, updateScenario } from './scenarios-write.service';

export const scenariosRouter = router({
  list: protectedProcedure
    .input(listScenariosSchema)
    .query(({ ctx, input }) => listGroupScenarios(ctx, ctx.user, input)),
  get: protectedProcedure.input(scenarioIdSchema).query(({ ctx, input }) => getScenario(ctx, ctx.user, input.id)),
  create: protectedProcedure
    .input(createScenarioSchema)
    .mutation(({ ctx, input }) => createScenario(ctx, ctx.user, input)),
  update: protectedProcedure
    .input(updateScenarioSchema)
    .mutation(({ ctx, input }) => updateScenario(ctx, ctx.user, input)),
  changeStatus: protectedProcedure
    .input(changeScenarioStatusSchema)
    .mutation(({ ctx, input }) => changeScenarioStatus(ctx, ctx.user, input)),
  delete: protectedProcedure
    .input(deleteScenarioSchema)
    .mutation(({ ctx, input }) => deleteScenario(ctx, ctx.user, input)),
});
