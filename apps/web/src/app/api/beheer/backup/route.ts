import { handleBackupDownload } from '@srw/api';

export const dynamic = 'force-dynamic';

export function GET(req: Request) {
  return handleBackupDownload(req);
}
