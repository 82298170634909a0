import { z } from 'zod';
import { groupRoleSchema } from '../access/roles.schema';
import { pageInputSchema } from '../common/pagination';
import { textString, uuidSchema, versionSchema } from '../common/validation';

export const addMemberSchema = /* @__PURE__ */ (() =>
  z.object({
    groupId: uuidSchema,
    userId: uuidSchema,
    role: groupRoleSchema.default('member'),
  }))();
export type AddMemberInput = z.infer<typeof addMemberSchema>;

export const changeMemberRoleSchema = /* @__PURE__ */ (() =>
  z.object({
    membershipId: uuidSchema,
    version: versionSchema,
    role: groupRoleSchema,
  }))();
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;

export const removeMemberSchema = /* @__PURE__ */ (() =>
  z.object({
    membershipId: uuidSchema,
    version: versionSchema,
  }))();
export type RemoveMemberInput = z.infer<typeof removeMemberSchema>;

export const listMembersSchema = /* @__PURE__ */ (() => pageInputSchema.extend({ groupId: uuidSchema }))();
export type ListMembersInput = z.infer<typeof listMembersSchema>;

export const memberCandidatesSchema = /* @__PURE__ */ (() =>
  z.object({
    groupId: uuidSchema,
    search: textString().trim().max(100).default(''),
  }))();
