// instrumentation loads this file outside the React server layer, where `server-only` would refuse it.
// eslint-disable-next-line no-restricted-imports
import { getRuntime, handleTrpcNodeRequest, TRPC_NODE_HANDLER_KEY, type TrpcNodeHandler } from '@srw/api';

type GlobalWithTrpcHandler = typeof globalThis & { [TRPC_NODE_HANDLER_KEY]?: TrpcNodeHandler };

/**
 * Opens the database (taking the lock on an embedded data folder), migrates and
 * seeds an empty database before the first request. A locked data folder stops
 * the server at once with the holder named, instead of risking corruption.
 *
 * Then publishes the tRPC handler for Node's `http` server: the custom server
 * (`apps/web/server.mjs`) answers `/api/trpc/*` with it, outside Next's route
 * pipeline, on this bundle's one runtime. Under `next dev` or the standalone
 * server nobody reads it and the route handler answers instead.
 */
export async function startServerRuntime(): Promise<void> {
  try {
    await getRuntime();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[samenwerkingsruimte] De server kan niet starten: ${message}`);
    process.exit(1);
  }
  (globalThis as GlobalWithTrpcHandler)[TRPC_NODE_HANDLER_KEY] = handleTrpcNodeRequest;
}
