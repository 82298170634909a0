import { parseWorkingGroupExportQuery } from '@srw/domain';
import { handleTableExport } from '../../http/export-request';
import { workingGroupsExportTable } from './working-groups-export.service';

/** GET /api/export/werkgroepen?format=csv|xlsx&taal=nl|en&bereik=mijn|alle&status=…. */
export function handleWorkingGroupsExport(req: Request): Promise<Response> {
  return handleTableExport(req, 'werkgroepen', parseWorkingGroupExportQuery, workingGroupsExportTable);
}
