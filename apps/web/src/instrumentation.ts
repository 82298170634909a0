/**
 * Runs once when the server starts. The Node-only part lives in its own file so
 * that the edge build never sees it.
 */
export async function register() {
  // Set by Next.js itself to say which runtime loads this file; not configuration.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServerRuntime } = await import('./server-startup');
    await startServerRuntime();
  }
}
