import {
  addMemberSchema,
  changeMemberRoleSchema,
  listMembersSchema,
  memberCandidatesSchema,
  removeMemberSchema,
} from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import { listGroupMembers, listMemberCandidates } from './memberships-read.service';
import { addMember, changeMemberRole, removeMember } from './memberships-write.service';

export const membershipsRouter = router({
  list: protectedProcedure.input(listMembersSchema).query(({ ctx, input }) => listGroupMembers(ctx, ctx.user, input)),
  candidates: protectedProcedure
    .input(memberCandidatesSchema)
    .query(({ ctx, input }) => listMemberCandidates(ctx, ctx.user, input)),
  add: protectedProcedure.input(addMemberSchema).mutation(({ ctx, input }) => addMember(ctx, ctx.user, input)),
  changeRole: protectedProcedure
    .input(changeMemberRoleSchema)
    .mutation(({ ctx, input }) => changeMemberRole(ctx, ctx.user, input)),
  remove: protectedProcedure.input(removeMemberSchema).mutation(({ ctx, input }) => removeMember(ctx, ctx.user, input)),
});
