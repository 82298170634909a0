import { getRuntime } from '../../runtime';
import { readCalendarFeed } from './calendar-feeds.service';

/** GET /api/agenda/<token>.ics: a group's exercises for calendar programs that subscribe to the feed. */
export async function handleCalendarFeed(tokenParam: string): Promise<Response> {
  const runtime = await getRuntime();
  const token = tokenParam.replace(/\.ics$/, '');
  const result = await readCalendarFeed(
    { db: runtime.handle.db, classificationCeiling: runtime.config.classificationCeiling },
    token,
  );
  if (result.status === 404) {
    return new Response('Deze agenda bestaat niet (meer).\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  return new Response(result.content, {
    status: 200,
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${result.filename}"`,
      // Calendar programs poll; a quarter of an hour keeps them current without hammering the server.
      'cache-control': 'private, max-age=900',
      'x-robots-tag': 'noindex',
    },
  });
}
