import { z } from 'zod';
import { pageInputSchema } from '../common/pagination';
import { uuidSchema } from '../common/validation';

export const auditActions = ['create', 'update', 'delete', 'status', 'activate', 'deactivate', 'sign_in', 'approve'] as const;
export type AuditAction = (typeof auditActions)[number];

/** Entity types are open-ended: every module adds its own (e.g. `glossary_term`). */
export type AuditEntityType = string;

export const listAuditSchema = pageInputSchema.extend({
  groupId: uuidSchema.optional(),
  entityType: z.string().max(60).optional(),
  entityId: uuidSchema.optional(),
});
export type ListAuditInput = z.infer<typeof listAuditSchema>;

/** Fields that never go into an audit snapshot. */
const redactedFields = new Set(['password', 'passwordHash', 'token']);

export function toAuditSnapshot(record: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!record) return null;
  const snapshot: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (redactedFields.has(key)) continue;
    snapshot[key] = value instanceof Date ? value.toISOString() : value;
  }
  return snapshot;
}
