import {
  addImprovementActionSchema,
  addInjectSchema,
  addObservationSchema,
  changeExerciseStatusSchema,
  changeScenarioStatusSchema,
  createExerciseSchema,
  createScenarioSchema,
  deleteScenarioSchema,
  exerciseIdSchema,
  groupCalendarSchema,
  importInjectsSchema,
  recommendImprovementActionSchema,
  recommendObservationSchema,
  listExercisesSchema,
  listScenariosSchema,
  removeByIdSchema,
  reorderInjectsSchema,
  scenarioIdSchema,
  updateExerciseSchema,
  updateImprovementActionSchema,
  updateInjectSchema,
  updateObservationSchema,
  updateScenarioSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import {
  addImprovementAction,
  addInject,
  addObservation,
  changeExerciseStatus,
  createExercise,
  exportGroupCalendar,
  getExercise,
  importInjects,
  listGroupExercises,
  removeImprovementAction,
  removeInject,
  removeObservation,
  reorderInjects,
  updateExercise,
  updateImprovementAction,
  updateInject,
  updateObservation,
} from './exercises.service';
import { recommendImprovementAction, recommendObservation } from './evaluation-recommendations.service';
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed } from './calendar-feed.service';
import { changeScenarioStatus, createScenario, deleteScenario, getScenario, listGroupScenarios, updateScenario } from './scenarios.service';

export const scenariosRouter = router({
  list: protectedProcedure.input(listScenariosSchema).query(({ ctx, input }) => listGroupScenarios(ctx, ctx.user, input)),
  get: protectedProcedure.input(scenarioIdSchema).query(({ ctx, input }) => getScenario(ctx, ctx.user, input.id)),
  create: protectedProcedure.input(createScenarioSchema).mutation(({ ctx, input }) => createScenario(ctx, ctx.user, input)),
  update: protectedProcedure.input(updateScenarioSchema).mutation(({ ctx, input }) => updateScenario(ctx, ctx.user, input)),
  changeStatus: protectedProcedure.input(changeScenarioStatusSchema).mutation(({ ctx, input }) => changeScenarioStatus(ctx, ctx.user, input)),
  delete: protectedProcedure.input(deleteScenarioSchema).mutation(({ ctx, input }) => deleteScenario(ctx, ctx.user, input)),
});

export const exercisesRouter = router({
  list: protectedProcedure.input(listExercisesSchema).query(({ ctx, input }) => listGroupExercises(ctx, ctx.user, input)),
  get: protectedProcedure.input(exerciseIdSchema).query(({ ctx, input }) => getExercise(ctx, ctx.user, input.id)),
  calendar: protectedProcedure.input(groupCalendarSchema).query(({ ctx, input }) => exportGroupCalendar(ctx, ctx.user, input.groupId)),
  calendarFeed: protectedProcedure.input(groupCalendarSchema).query(({ ctx, input }) => getCalendarFeed(ctx, ctx.user, input.groupId)),
  createCalendarFeed: protectedProcedure.input(groupCalendarSchema).mutation(({ ctx, input }) => createCalendarFeed(ctx, ctx.user, input.groupId)),
  revokeCalendarFeed: protectedProcedure.input(groupCalendarSchema).mutation(({ ctx, input }) => revokeCalendarFeed(ctx, ctx.user, input.groupId)),
  create: protectedProcedure.input(createExerciseSchema).mutation(({ ctx, input }) => createExercise(ctx, ctx.user, input)),
  update: protectedProcedure.input(updateExerciseSchema).mutation(({ ctx, input }) => updateExercise(ctx, ctx.user, input)),
  changeStatus: protectedProcedure.input(changeExerciseStatusSchema).mutation(({ ctx, input }) => changeExerciseStatus(ctx, ctx.user, input)),
  addInject: protectedProcedure.input(addInjectSchema).mutation(({ ctx, input }) => addInject(ctx, ctx.user, input)),
  updateInject: protectedProcedure.input(updateInjectSchema).mutation(({ ctx, input }) => updateInject(ctx, ctx.user, input)),
  removeInject: protectedProcedure.input(removeByIdSchema).mutation(({ ctx, input }) => removeInject(ctx, ctx.user, input)),
  reorderInjects: protectedProcedure.input(reorderInjectsSchema).mutation(({ ctx, input }) => reorderInjects(ctx, ctx.user, input)),
  importInjects: protectedProcedure.input(importInjectsSchema).mutation(({ ctx, input }) => importInjects(ctx, ctx.user, input)),
  addObservation: protectedProcedure.input(addObservationSchema).mutation(({ ctx, input }) => addObservation(ctx, ctx.user, input)),
  updateObservation: protectedProcedure.input(updateObservationSchema).mutation(({ ctx, input }) => updateObservation(ctx, ctx.user, input)),
  removeObservation: protectedProcedure.input(removeByIdSchema).mutation(({ ctx, input }) => removeObservation(ctx, ctx.user, input)),
  addImprovementAction: protectedProcedure
    .input(addImprovementActionSchema)
    .mutation(({ ctx, input }) => addImprovementAction(ctx, ctx.user, input)),
  updateImprovementAction: protectedProcedure
    .input(updateImprovementActionSchema)
    .mutation(({ ctx, input }) => updateImprovementAction(ctx, ctx.user, input)),
  removeImprovementAction: protectedProcedure
    .input(removeByIdSchema)
    .mutation(({ ctx, input }) => removeImprovementAction(ctx, ctx.user, input)),
  recommendImprovementAction: protectedProcedure
    .input(recommendImprovementActionSchema)
    .mutation(({ ctx, input }) => recommendImprovementAction(ctx, ctx.user, input)),
  recommendObservation: protectedProcedure.input(recommendObservationSchema).mutation(({ ctx, input }) => recommendObservation(ctx, ctx.user, input)),
});
