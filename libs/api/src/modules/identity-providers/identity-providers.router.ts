import { createIdentityProviderSchema, updateIdentityProviderSchema } from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { listProviders } from './identity-providers-read.service';
import { createProvider, updateProvider } from './identity-providers-write.service';

export const identityProvidersRouter = router({
  list: protectedProcedure.query(({ ctx }) => listProviders(ctx, ctx.user)),
  create: protectedProcedure
    .input(createIdentityProviderSchema)
    .mutation(({ ctx, input }) => createProvider(ctx, ctx.user, input)),
  update: protectedProcedure
    .input(updateIdentityProviderSchema)
    .mutation(({ ctx, input }) => updateProvider(ctx, ctx.user, input)),
});
