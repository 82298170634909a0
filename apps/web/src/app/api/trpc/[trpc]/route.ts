import { handleTrpcRequest } from '@srw/api/server';

export const dynamic = 'force-dynamic';

export function GET(req: Request) {
  return handleTrpcRequest(req);
}

export function POST(req: Request) {
  return handleTrpcRequest(req);
}
