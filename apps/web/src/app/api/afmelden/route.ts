import { handleUnsubscribe } from '@srw/api/server';

export const dynamic = 'force-dynamic';

/** The unsubscribe link of every mail (no sign-in needed; the token is signed). */
export async function GET(request: Request): Promise<Response> {
  return handleUnsubscribe(request);
}

export async function POST(request: Request): Promise<Response> {
  return handleUnsubscribe(request);
}
