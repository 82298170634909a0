import { z } from 'zod';

export const globalRoles = ['admin', 'management', 'member'] as const;
export type GlobalRole = (typeof globalRoles)[number];
export const globalRoleSchema = /* @__PURE__ */ (() => z.enum(globalRoles, { error: 'validation.invalidChoice' }))();

/** Role inside one working group; `observer` is read-only. */
export const groupRoles = ['chair', 'member', 'observer'] as const;
export type GroupRole = (typeof groupRoles)[number];
export const groupRoleSchema = /* @__PURE__ */ (() => z.enum(groupRoles, { error: 'validation.invalidChoice' }))();

/** The signed-in user as the rules see them. */
export interface Actor {
  userId: string;
  organisationId: string;
  globalRole: GlobalRole;
}
