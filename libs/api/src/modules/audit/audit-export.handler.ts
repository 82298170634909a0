import { parseAuditExportQuery } from '@srw/domain';
import { handleTableExport } from '../../http/export-request';
import { auditExportTable } from './audit-export.service';

/** GET /api/export/audittrail?format=csv|xlsx&taal=nl|en[&werkgroep=<id>][&soort=<entity type>][&persoon=<id>][&van=…][&tot=…][&inloggen=1]. */
export function handleAuditExport(req: Request): Promise<Response> {
  return handleTableExport(req, 'audittrail', parseAuditExportQuery, auditExportTable);
}
