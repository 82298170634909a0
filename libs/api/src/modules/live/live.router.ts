import { presenceHeartbeatSchema } from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { heartbeatPresence, leavePresence } from './presence.service';

export const liveRouter = router({
  heartbeat: protectedProcedure
    .input(presenceHeartbeatSchema)
    .mutation(({ ctx, input }) => heartbeatPresence(ctx, ctx.user, input)),
  leave: protectedProcedure
    .input(presenceHeartbeatSchema)
    .mutation(({ ctx, input }) => leavePresence(ctx, ctx.user, input)),
});
