import { z } from 'zod';
import { pageInputSchema } from '../common/pagination';
import { uuidSchema } from '../common/validation';

export const auditActions = [
  'create',
  'update',
  'delete',
  'status',
  'activate',
  'deactivate',
  'sign_in',
  'approve',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Entity types are open-ended: every module adds its own (e.g. `glossary_term`). */
export type AuditEntityType = string;

export const listAuditSchema = pageInputSchema.extend({
  groupId: uuidSchema.optional(),
  entityType: z.string().max(60).optional(),
  entityId: uuidSchema.optional(),
});
export type ListAuditInput = z.infer<typeof listAuditSchema>;
