// Types only: what the browser bundle may import from the API package.
export type { AppRouter } from './root';
export type { ErrorShapeData } from './errors';
export type { SessionUser } from './context';
export type { LiveMessage } from './modules/live/live-events.handler';
