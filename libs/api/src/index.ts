export { appRouter, createCaller, type AppRouter } from './root';
export { handleTrpcRequest, TRPC_ENDPOINT } from './handler';
export { checkHealth, type HealthReport } from './health';
export { getRuntime, startRuntime, type ServerRuntime } from './runtime';
export { getSessionUser } from './session';
export { readServerConfig, type ServerConfig } from './config';
export { createContext, type Context, type SessionUser } from './context';
export { SESSION_COOKIE_PREFIX } from './auth';
export type { ErrorShapeData } from './errors';
