import 'server-only';

/**
 * The entry of libs/api for the web app's server code (pages, route handlers,
 * instrumentation). `server-only` makes the build fail when a client component
 * imports it, so no server code or secret reaches the browser. Tools and tests
 * use the plain `@srw/api` entry.
 */
export * from './index';
