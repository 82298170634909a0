import { sessionIdInputSchema } from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { endMyOtherSessions, endMySession, listMySessions } from './auth-sessions.service';

/** "Mijn sessies". */
export const sessionsRouter = router({
  list: protectedProcedure.query(({ ctx }) => listMySessions(ctx)),
  end: protectedProcedure.input(sessionIdInputSchema).mutation(({ ctx, input }) => endMySession(ctx, input)),
  endOthers: protectedProcedure.mutation(({ ctx }) => endMyOtherSessions(ctx)),
});
