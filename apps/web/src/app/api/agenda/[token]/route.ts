import { handleCalendarFeed } from '@srw/api/server';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return handleCalendarFeed(token);
}
