import { z } from 'zod';
import { isoDateSchema } from '../common/calendar-date.schema';
import { parseStrictFilterQuery, type SearchParams } from '../common/query-string';
import { uuidSchema } from '../common/validation';
import { auditEntityTypes } from './audit.schema';

const auditExportFields = /* @__PURE__ */ (() => ({
  groupId: { name: 'werkgroep', schema: uuidSchema },
  entityType: { name: 'soort', schema: z.enum(auditEntityTypes) },
  actorId: { name: 'persoon', schema: uuidSchema },
  from: { name: 'van', schema: isoDateSchema },
  to: { name: 'tot', schema: isoDateSchema },
  includeSignIns: { name: 'inloggen', schema: z.literal('1').transform(() => true) },
}))();

export type AuditExportFilter = ReturnType<typeof parseAuditExportQuery>['filter'];

/**
 * The trail page's own filters (`parseAuditFilterQuery`), read strictly: `?werkgroep=<id>` (a group's history),
 * `?soort=`, `?persoon=`, `?van=`, `?tot=`, `?inloggen=1`; without a group, all history.
 */
export function parseAuditExportQuery(params: SearchParams) {
  return parseStrictFilterQuery(params, auditExportFields);
}
