import { z } from 'zod';
import { globalRoleSchema } from '../access/roles.schema';
import { pageInputSchema } from '../common/pagination';
import { requiredText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const passwordSchema = /* @__PURE__ */ (() =>
  textString({ error: v.required })
    .min(PASSWORD_MIN_LENGTH, { error: v.passwordLength })
    .max(PASSWORD_MAX_LENGTH, { error: v.passwordLength }))();

export const emailSchema = /* @__PURE__ */ (() =>
  textString({ error: v.required })
    .trim()
    .toLowerCase()
    .min(1, { error: v.required })
    .max(254, { error: v.tooLong })
    .pipe(z.email({ error: v.email })))();

export const createUserSchema = /* @__PURE__ */ (() =>
  z.object({
    name: requiredText(120),
    email: emailSchema,
    organisationId: uuidSchema,
    globalRole: globalRoleSchema.default('member'),
    password: passwordSchema,
  }))();
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    name: requiredText(120),
    organisationId: uuidSchema,
    globalRole: globalRoleSchema,
  }))();
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const setUserActiveSchema = /* @__PURE__ */ (() =>
  z.object({
    id: uuidSchema,
    version: versionSchema,
    active: z.boolean(),
  }))();
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

export const listUsersSchema = /* @__PURE__ */ (() =>
  pageInputSchema.extend({
    search: textString().trim().max(100).optional(),
    organisationId: uuidSchema.optional(),
    includeInactive: z.boolean().default(true),
  }))();
export type ListUsersInput = z.infer<typeof listUsersSchema>;

/** The colleague picker for those who create groups: active users, by name. */
export const userDirectorySchema = /* @__PURE__ */ (() =>
  z.object({
    search: textString().trim().max(100).default(''),
    organisationIds: z.array(uuidSchema).max(20).optional(),
  }))();
export type UserDirectoryInput = z.infer<typeof userDirectorySchema>;
