import { secondFactorCodeSchema, signInSchema } from '@srw/domain';
import { publicProcedure, router, sessionProcedure } from '../../trpc';
import { verifySignInCode } from './auth-mfa.service';
import { signIn, signOut } from './auth-session.service';

export const authRouter = router({
  /** The signed-in user, or null: the UI's session check. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
  signIn: publicProcedure.input(signInSchema).mutation(({ ctx, input }) => signIn(ctx, input)),
  /** The code step of a sign-in whose password was right (TOTP or recovery code). */
  verifySignInCode: publicProcedure
    .input(secondFactorCodeSchema)
    .mutation(({ ctx, input }) => verifySignInCode(ctx, input)),
  signOut: sessionProcedure.mutation(({ ctx }) => signOut(ctx)),
});
