import { handleLiveEvents } from '@srw/api/server';

// A long-lived Server-Sent Events stream per open tab: Node runtime, never cached or prerendered.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(req: Request) {
  return handleLiveEvents(req);
}
