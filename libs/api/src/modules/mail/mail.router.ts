import { protectedProcedure, router } from '../../trpc';
import { listCaught, listOutbox } from './mail-admin.service';

export const mailRouter = router({
  outbox: protectedProcedure.query(({ ctx }) => listOutbox(ctx, ctx.user)),
  caught: protectedProcedure.query(({ ctx }) => listCaught(ctx, ctx.user)),
});
