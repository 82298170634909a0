import {
  addGlossaryCommentSchema,
  approveGlossaryTermSchema,
  changeGlossaryTermStatusSchema,
  createGlossaryTermSchema,
  escalateGlossaryCommentSchema,
  exportGlossarySchema,
  findGlossaryTermsInTextsSchema,
  glossaryTermIdSchema,
  importGlossaryCsvSchema,
  listGlossaryTermsSchema,
  resolveGlossaryCommentSchema,
  updateGlossaryTermSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { addComment, listComments, resolveComment } from './glossary-comments.service';
import { escalateComment } from './glossary-escalation.service';
import { exportGlossary } from './glossary-export.service';
import { importGlossaryCsv } from './glossary-import.service';
import { approveTerm, changeTermStatus } from './glossary-lifecycle.service';
import { getTerm, getTermHistory, listTerms } from './glossary-read.service';
import { findTermsInTexts } from './glossary-marking.service';
import { findTermUsages } from './glossary-usage.service';
import { createTerm, updateTerm } from './glossary-write.service';

export const glossaryRouter = router({
  list: protectedProcedure.input(listGlossaryTermsSchema).query(({ ctx, input }) => listTerms(ctx, ctx.user, input)),
  get: protectedProcedure.input(glossaryTermIdSchema).query(({ ctx, input }) => getTerm(ctx, ctx.user, input.id)),
  history: protectedProcedure
    .input(glossaryTermIdSchema)
    .query(({ ctx, input }) => getTermHistory(ctx, ctx.user, input.id)),
  usages: protectedProcedure
    .input(glossaryTermIdSchema)
    .query(({ ctx, input }) => findTermUsages(ctx, ctx.user, input.id)),
  findInTexts: protectedProcedure
    .input(findGlossaryTermsInTextsSchema)
    .query(({ ctx, input }) => findTermsInTexts(ctx, ctx.user, input)),
  create: protectedProcedure
    .input(createGlossaryTermSchema)
    .mutation(({ ctx, input }) => createTerm(ctx, ctx.user, input)),
  update: protectedProcedure
    .input(updateGlossaryTermSchema)
    .mutation(({ ctx, input }) => updateTerm(ctx, ctx.user, input)),
  changeStatus: protectedProcedure
    .input(changeGlossaryTermStatusSchema)
    .mutation(({ ctx, input }) => changeTermStatus(ctx, ctx.user, input)),
  approve: protectedProcedure
    .input(approveGlossaryTermSchema)
    .mutation(({ ctx, input }) => approveTerm(ctx, ctx.user, input)),
  comments: protectedProcedure
    .input(glossaryTermIdSchema)
    .query(({ ctx, input }) => listComments(ctx, ctx.user, input.id)),
  addComment: protectedProcedure
    .input(addGlossaryCommentSchema)
    .mutation(({ ctx, input }) => addComment(ctx, ctx.user, input)),
  resolveComment: protectedProcedure
    .input(resolveGlossaryCommentSchema)
    .mutation(({ ctx, input }) => resolveComment(ctx, ctx.user, input)),
  escalateComment: protectedProcedure
    .input(escalateGlossaryCommentSchema)
    .mutation(({ ctx, input }) => escalateComment(ctx, ctx.user, input)),
  export: protectedProcedure
    .input(exportGlossarySchema)
    .query(({ ctx, input }) => exportGlossary(ctx, ctx.user, input)),
  importCsv: protectedProcedure
    .input(importGlossaryCsvSchema)
    .mutation(({ ctx, input }) => importGlossaryCsv(ctx, ctx.user, input)),
});
