import {
  createUserSchema,
  listUsersSchema,
  setUserActiveSchema,
  updateUserSchema,
  userDirectorySchema,
  userIdInputSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { setUserActive } from './users-lifecycle.service';
import { listUsersForAdmin, searchUserDirectory } from './users-read.service';
import { createUser, updateUser } from './users-write.service';
import { endSessionsOfUser, resetSecondFactor } from './users-security.service';

export const usersRouter = router({
  directory: protectedProcedure
    .input(userDirectorySchema)
    .query(({ ctx, input }) => searchUserDirectory(ctx, ctx.user, input)),
  list: protectedProcedure.input(listUsersSchema).query(({ ctx, input }) => listUsersForAdmin(ctx, ctx.user, input)),
  create: protectedProcedure.input(createUserSchema).mutation(({ ctx, input }) => createUser(ctx, ctx.user, input)),
  update: protectedProcedure.input(updateUserSchema).mutation(({ ctx, input }) => updateUser(ctx, ctx.user, input)),
  setActive: protectedProcedure
    .input(setUserActiveSchema)
    .mutation(({ ctx, input }) => setUserActive(ctx, ctx.user, input)),
  resetSecondFactor: protectedProcedure
    .input(userIdInputSchema)
    .mutation(({ ctx, input }) => resetSecondFactor(ctx, ctx.user, input)),
  endSessions: protectedProcedure
    .input(userIdInputSchema)
    .mutation(({ ctx, input }) => endSessionsOfUser(ctx, ctx.user, input)),
});
