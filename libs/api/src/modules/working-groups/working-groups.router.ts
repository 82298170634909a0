import {
  changeWorkingGroupStatusSchema,
  createWorkingGroupSchema,
  listWorkingGroupsSchema,
  updateWorkingGroupSchema,
  workingGroupIdSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { changeGroupStatus, createGroup, getGroup, listGroups, updateGroup } from './working-groups.service';

export const workingGroupsRouter = router({
  list: protectedProcedure.input(listWorkingGroupsSchema).query(({ ctx, input }) => listGroups(ctx, ctx.user, input)),
  get: protectedProcedure.input(workingGroupIdSchema).query(({ ctx, input }) => getGroup(ctx, ctx.user, input.id)),
  create: protectedProcedure.input(createWorkingGroupSchema).mutation(({ ctx, input }) => createGroup(ctx, ctx.user, input)),
  update: protectedProcedure.input(updateWorkingGroupSchema).mutation(({ ctx, input }) => updateGroup(ctx, ctx.user, input)),
  changeStatus: protectedProcedure
    .input(changeWorkingGroupStatusSchema)
    .mutation(({ ctx, input }) => changeGroupStatus(ctx, ctx.user, input)),
});
