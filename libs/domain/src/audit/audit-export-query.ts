import { z } from 'zod';
import { parseStrictFilterQuery, type SearchParams } from '../common/query-string';
import { uuidSchema } from '../common/validation';
import { auditEntityTypes, type AuditEntityType } from './audit.schema';

/** `?werkgroep=<id>` (a group's history) and `?soort=<entity type>`; without a group, all history. */
export function parseAuditExportQuery(params: SearchParams): {
  filter: { groupId?: string | undefined; entityType?: AuditEntityType | undefined };
  invalid: string[];
} {
  return parseStrictFilterQuery(params, {
    groupId: { name: 'werkgroep', schema: uuidSchema },
    entityType: { name: 'soort', schema: z.enum(auditEntityTypes) },
  });
}
