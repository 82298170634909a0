import { createOrganisationSchema, updateOrganisationSchema } from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { createOrganisation, listAllOrganisations, updateOrganisation } from './organisations.service';

export const organisationsRouter = router({
  list: protectedProcedure.query(({ ctx }) => listAllOrganisations(ctx)),
  create: protectedProcedure.input(createOrganisationSchema).mutation(({ ctx, input }) => createOrganisation(ctx, ctx.user, input)),
  update: protectedProcedure.input(updateOrganisationSchema).mutation(({ ctx, input }) => updateOrganisation(ctx, ctx.user, input)),
});
