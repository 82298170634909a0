import { parseDecisionExportQuery } from '@srw/domain';
import { handleTableExport } from '../../http/export-request';
import { decisionsExportTable } from './decisions-export.service';

/** GET /api/export/afwegingskader?format=csv|xlsx&taal=nl|en&<the overview's filters>. */
export function handleDecisionsExport(req: Request): Promise<Response> {
  return handleTableExport(req, 'afwegingskader', parseDecisionExportQuery, decisionsExportTable);
}
