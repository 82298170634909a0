import { protectedProcedure, router } from '../../trpc';
import { getBackupStatus } from './backup.service';

export const backupRouter = router({
  status: protectedProcedure.query(({ ctx }) => getBackupStatus(ctx, ctx.user)),
});
