import { createLegalBasisSchema, markLegalBasisChangedSchema, updateLegalBasisSchema } from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import {
  createLegalBasis,
  listLegalBasisCatalogue,
  markLegalBasisChanged,
  updateLegalBasis,
} from './legal-bases.service';

/** The legal-basis catalogue; mounted under `decisions.legalBases`. */
export const legalBasesRouter = router({
  list: protectedProcedure.query(({ ctx }) => listLegalBasisCatalogue(ctx)),
  create: protectedProcedure
    .input(createLegalBasisSchema)
    .mutation(({ ctx, input }) => createLegalBasis(ctx, ctx.user, input)),
  update: protectedProcedure
    .input(updateLegalBasisSchema)
    .mutation(({ ctx, input }) => updateLegalBasis(ctx, ctx.user, input)),
  markChanged: protectedProcedure
    .input(markLegalBasisChangedSchema)
    .mutation(({ ctx, input }) => markLegalBasisChanged(ctx, ctx.user, input)),
});
