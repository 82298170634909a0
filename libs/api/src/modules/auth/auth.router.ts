import { signInSchema } from '@srw/domain';
import { protectedProcedure, publicProcedure, router } from '../../trpc';
import { signIn, signOut } from './auth-session.service';

export const authRouter = router({
  /** The signed-in user, or null: the UI's session check. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
  signIn: publicProcedure.input(signInSchema).mutation(({ ctx, input }) => signIn(ctx, input)),
  signOut: protectedProcedure.mutation(({ ctx }) => signOut(ctx)),
});
