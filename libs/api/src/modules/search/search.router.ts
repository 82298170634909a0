import { searchQuerySchema } from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { searchRecords } from './search.service';

export const searchRouter = router({
  query: protectedProcedure.input(searchQuerySchema).query(({ ctx, input }) => searchRecords(ctx, ctx.user, input)),
});
