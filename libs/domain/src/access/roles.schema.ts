import { z } from 'zod';
import { globalRoles, groupRoles } from './roles';

export const globalRoleSchema = /* @__PURE__ */ (() => z.enum(globalRoles, { error: 'validation.invalidChoice' }))();
export const groupRoleSchema = /* @__PURE__ */ (() => z.enum(groupRoles, { error: 'validation.invalidChoice' }))();
