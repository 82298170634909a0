import { createUserSchema, listUsersSchema, setUserActiveSchema, updateUserSchema } from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { createUser, listUsersForAdmin, setUserActive, updateUser } from './users.service';

export const usersRouter = router({
  list: protectedProcedure.input(listUsersSchema).query(({ ctx, input }) => listUsersForAdmin(ctx, ctx.user, input)),
  create: protectedProcedure.input(createUserSchema).mutation(({ ctx, input }) => createUser(ctx, ctx.user, input)),
  update: protectedProcedure.input(updateUserSchema).mutation(({ ctx, input }) => updateUser(ctx, ctx.user, input)),
  setActive: protectedProcedure.input(setUserActiveSchema).mutation(({ ctx, input }) => setUserActive(ctx, ctx.user, input)),
});
