import { handleDecisionsExport } from '@srw/api/server';

export const dynamic = 'force-dynamic';

export function GET(req: Request) {
  return handleDecisionsExport(req);
}
