import { createOrganisationSchema, updateOrganisationSchema } from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { listAllOrganisations } from './organisations-read.service';
import { createOrganisation, updateOrganisation } from './organisations-write.service';

export const organisationsRouter = router({
  list: protectedProcedure.query(({ ctx }) => listAllOrganisations(ctx)),
  create: protectedProcedure
    .input(createOrganisationSchema)
    .mutation(({ ctx, input }) => createOrganisation(ctx, ctx.user, input)),
  update: protectedProcedure
    .input(updateOrganisationSchema)
    .mutation(({ ctx, input }) => updateOrganisation(ctx, ctx.user, input)),
});
