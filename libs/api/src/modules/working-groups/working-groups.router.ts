import {
  changeWorkingGroupStatusSchema,
  createWorkingGroupSchema,
  listWorkingGroupsSchema,
  updateWorkingGroupSchema,
  workingGroupIdSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { changeGroupStatus } from './working-groups-lifecycle.service';
import { getGroup, listGroups } from './working-groups-read.service';
import { createGroup, updateGroup } from './working-groups-write.service';

export const workingGroupsRouter = router({
  list: protectedProcedure.input(listWorkingGroupsSchema).query(({ ctx, input }) => listGroups(ctx, ctx.user, input)),
  get: protectedProcedure.input(workingGroupIdSchema).query(({ ctx, input }) => getGroup(ctx, ctx.user, input.id)),
  create: protectedProcedure
    .input(createWorkingGroupSchema)
    .mutation(({ ctx, input }) => createGroup(ctx, ctx.user, input)),
  update: protectedProcedure
    .input(updateWorkingGroupSchema)
    .mutation(({ ctx, input }) => updateGroup(ctx, ctx.user, input)),
  changeStatus: protectedProcedure
    .input(changeWorkingGroupStatusSchema)
    .mutation(({ ctx, input }) => changeGroupStatus(ctx, ctx.user, input)),
});
