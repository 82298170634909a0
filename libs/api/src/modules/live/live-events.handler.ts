import { findGroupIdsOfUser } from '@srw/db';
import { liveEventForReader, type LiveEvent } from '@srw/domain';
import { createContext, type SessionUser } from '../../context';
import { getRuntime, type ServerRuntime } from '../../runtime';
import { liveHubFor, type HubEvent, type LiveHub } from './live-hub';

/** A comment line every so often keeps proxies and the browser from closing an idle stream. */
export const LIVE_HEARTBEAT_MS = 20_000;
/**
 * A stream ends after this long and the browser reconnects (3 s later), which
 * checks the session again: a signed-out or deactivated user stops receiving
 * within minutes, without a database query per stream in between.
 */
export const LIVE_STREAM_MAX_MS = 5 * 60_000;

/** What the browser receives per change: kind and id (ids only), and who made it when the reader may know. */
export interface LiveMessage {
  kind: LiveEvent['kind'];
  id: string | null;
  actorId: string | null;
  actorName: string | null;
}

const encoder = new TextEncoder();

/**
 * The live stream for one signed-in user (`GET /api/events`, Server-Sent
 * Events): every change the reader may know of, as kind + id. 401 without a
 * session. The page refetches through tRPC with its own rights.
 */
export async function handleLiveEvents(req: Request): Promise<Response> {
  const runtime = await getRuntime();
  return serveLiveEvents(req, runtime, liveHubFor(runtime.handle));
}

/** `handleLiveEvents` on a given runtime and hub (tests, the bench). */
export async function serveLiveEvents(
  req: Request,
  runtime: Pick<ServerRuntime, 'handle' | 'auth' | 'config'>,
  hub: LiveHub,
): Promise<Response> {
  const ctx = await createContext({
    headers: req.headers,
    resHeaders: new Headers(),
    db: runtime.handle.db,
    auth: runtime.auth,
    classificationCeiling: runtime.config.classificationCeiling,
    appUrl: runtime.config.appUrl,
    trustedProxyHops: runtime.config.trustedProxyHops,
    security: runtime.config,
  });
  if (!ctx.user) return new Response('UNAUTHORIZED', { status: 401 });
  return liveEventStream(hub, ctx.user, req.signal, (userId) => findGroupIdsOfUser(runtime.handle.db, userId));
}

/** The SSE response for one reader on a hub (separate from the request so the bench and tests can drive it). */
export async function liveEventStream(
  hub: LiveHub,
  user: SessionUser,
  signal: AbortSignal,
  groupIdsOf: (userId: string) => Promise<string[]>,
): Promise<Response> {
  let groupIds = new Set(await groupIdsOf(user.userId));
  let cleanup: (() => void) | null = null;

  const stream = new ReadableStream<Uint8Array>({
    start: async (controller) => {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup?.();
        }
      };
      const deliver = (event: HubEvent) => {
        const visible = liveEventForReader(event, user, groupIds);
        const message: LiveMessage = {
          kind: visible.kind,
          id: visible.id,
          actorId: visible.actorId,
          actorName: visible.actorId ? event.actorName : null,
        };
        send(`data: ${JSON.stringify(message)}\n\n`);
      };
      const unsubscribe = await hub.subscribe((event) => {
        // Membership changes may open or close groups to this reader: reread them first.
        if (event.kind === 'workingGroup') {
          void groupIdsOf(user.userId)
            .then((ids) => {
              groupIds = new Set(ids);
            })
            .catch(() => undefined)
            .finally(() => deliver(event));
          return;
        }
        deliver(event);
      });
      const heartbeat = setInterval(() => send(': ping\n\n'), LIVE_HEARTBEAT_MS);
      const lifetime = setTimeout(() => cleanup?.(), LIVE_STREAM_MAX_MS);
      cleanup = () => {
        cleanup = null;
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        unsubscribe();
        signal.removeEventListener('abort', onAbort);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const onAbort = () => cleanup?.();
      signal.addEventListener('abort', onAbort);
      if (signal.aborted) cleanup();
      // Reconnect after 3 s when the connection drops; the comment opens the stream at once.
      send('retry: 3000\n: connected\n\n');
    },
    cancel: () => {
      cleanup?.();
    },
  });

  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform: no compression layer may hold events back.
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      // nginx: pass events on as they come.
      'x-accel-buffering': 'no',
    },
  });
}
