import { listAuditSchema } from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { auditFilterOptions, listAudit } from './audit-read.service';

export const auditRouter = router({
  list: protectedProcedure.input(listAuditSchema).query(({ ctx, input }) => listAudit(ctx, ctx.user, input)),
  filterOptions: protectedProcedure.query(({ ctx }) => auditFilterOptions(ctx, ctx.user)),
});
