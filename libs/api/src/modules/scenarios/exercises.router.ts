import {
  addAdHocInjectSchema,
  addImprovementActionSchema,
  addInjectSchema,
  addObservationSchema,
  changeExerciseStatusSchema,
  createExerciseSchema,
  exerciseIdSchema,
  groupCalendarSchema,
  importInjectsSchema,
  listExercisesSchema,
  recommendImprovementActionSchema,
  recommendObservationSchema,
  removeByIdSchema,
  reorderInjectsSchema,
  setInjectDeliverySchema,
  setObservationIndicatorSchema,
  updateExerciseSchema,
  updateImprovementActionSchema,
  updateInjectSchema,
  updateObservationSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed } from './calendar-feeds.service';
import { exportGroupCalendar } from './exercises-calendar.service';
import { addAdHocInject, setInjectDelivery } from './exercises-conduct.service';
import {
  addImprovementAction,
  addObservation,
  removeImprovementAction,
  removeObservation,
  setObservationIndicator,
  updateImprovementAction,
  updateObservation,
} from './exercises-evaluation.service';
import { addInject, importInjects, removeInject, reorderInjects, updateInject } from './exercises-injects.service';
import { changeExerciseStatus } from './exercises-lifecycle.service';
import { getExercise, listGroupExercises } from './exercises-read.service';
import { recommendImprovementAction, recommendObservation } from './exercises-recommendations.service';
import { createExercise, updateExercise } from './exercises-write.service';

export const exercisesRouter = router({
  list: protectedProcedure
    .input(listExercisesSchema)
    .query(({ ctx, input }) => listGroupExercises(ctx, ctx.user, input)),
  get: protectedProcedure.input(exerciseIdSchema).query(({ ctx, input }) => getExercise(ctx, ctx.user, input.id)),
  calendar: protectedProcedure
    .input(groupCalendarSchema)
    .query(({ ctx, input }) => exportGroupCalendar(ctx, ctx.user, input.groupId)),
  calendarFeed: protectedProcedure
    .input(groupCalendarSchema)
    .query(({ ctx, input }) => getCalendarFeed(ctx, ctx.user, input.groupId)),
  createCalendarFeed: protectedProcedure
    .input(groupCalendarSchema)
    .mutation(({ ctx, input }) => createCalendarFeed(ctx, ctx.user, input.groupId)),
  revokeCalendarFeed: protectedProcedure
    .input(groupCalendarSchema)
    .mutation(({ ctx, input }) => revokeCalendarFeed(ctx, ctx.user, input.groupId)),
  create: protectedProcedure
    .input(createExerciseSchema)
    .mutation(({ ctx, input }) => createExercise(ctx, ctx.user, input)),
  update: protectedProcedure
    .input(updateExerciseSchema)
    .mutation(({ ctx, input }) => updateExercise(ctx, ctx.user, input)),
  changeStatus: protectedProcedure
    .input(changeExerciseStatusSchema)
    .mutation(({ ctx, input }) => changeExerciseStatus(ctx, ctx.user, input)),
  addInject: protectedProcedure.input(addInjectSchema).mutation(({ ctx, input }) => addInject(ctx, ctx.user, input)),
  updateInject: protectedProcedure
    .input(updateInjectSchema)
    .mutation(({ ctx, input }) => updateInject(ctx, ctx.user, input)),
  removeInject: protectedProcedure
    .input(removeByIdSchema)
    .mutation(({ ctx, input }) => removeInject(ctx, ctx.user, input)),
  reorderInjects: protectedProcedure
    .input(reorderInjectsSchema)
    .mutation(({ ctx, input }) => reorderInjects(ctx, ctx.user, input)),
  importInjects: protectedProcedure
    .input(importInjectsSchema)
    .mutation(({ ctx, input }) => importInjects(ctx, ctx.user, input)),
  setInjectDelivery: protectedProcedure
    .input(setInjectDeliverySchema)
    .mutation(({ ctx, input }) => setInjectDelivery(ctx, ctx.user, input)),
  addAdHocInject: protectedProcedure
    .input(addAdHocInjectSchema)
    .mutation(({ ctx, input }) => addAdHocInject(ctx, ctx.user, input)),
  addObservation: protectedProcedure
    .input(addObservationSchema)
    .mutation(({ ctx, input }) => addObservation(ctx, ctx.user, input)),
  updateObservation: protectedProcedure
    .input(updateObservationSchema)
    .mutation(({ ctx, input }) => updateObservation(ctx, ctx.user, input)),
  setObservationIndicator: protectedProcedure
    .input(setObservationIndicatorSchema)
    .mutation(({ ctx, input }) => setObservationIndicator(ctx, ctx.user, input)),
  removeObservation: protectedProcedure
    .input(removeByIdSchema)
    .mutation(({ ctx, input }) => removeObservation(ctx, ctx.user, input)),
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
  recommendObservation: protectedProcedure
    .input(recommendObservationSchema)
    .mutation(({ ctx, input }) => recommendObservation(ctx, ctx.user, input)),
});
