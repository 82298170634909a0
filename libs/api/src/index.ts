export { appRouter, createCaller, type AppRouter } from './root';
export { handleTrpcRequest, TRPC_ENDPOINT } from './handler';
export { handleTrpcNodeRequest, TRPC_NODE_HANDLER_KEY, type TrpcNodeHandler } from './node-handler';
export { checkHealth, type HealthReport } from './health';
export { getRuntime, startRuntime, type ServerRuntime } from './runtime';
export { createServerContext, getSessionState, getSessionUser } from './session';
export { readServerConfig, serverConfig, ServerConfigError, type ServerConfig } from './config';
export { createContext, type Context, type SessionState, type SessionUser } from './context';
export { SESSION_COOKIE_PREFIX } from './auth';
export type { ErrorShapeData } from './errors';
export { handleRecommendationExport } from './modules/recommendations/recommendations-export.handler';
export { handleDecisionsExport } from './modules/decisions/decisions-export.handler';
export { handleWorkingGroupsExport } from './modules/working-groups/working-groups-export.handler';
export { handleAuditExport } from './modules/audit/audit-export.handler';
export { recommendationRegisterCsv } from './modules/recommendations/recommendations-export.service';
export { handleCalendarFeed } from './modules/scenarios/calendar-feeds.handler';
export { handleBackupDownload } from './modules/backup/backup.handler';
export { takeBackup } from './modules/backup/backup.service';
export { handleLiveEvents, serveLiveEvents, type LiveMessage } from './modules/live/live-events.handler';
export { LiveHub, liveHubFor } from './modules/live/live-hub';
export { handleUnsubscribe } from './modules/inbox/unsubscribe.handler';
export {
  handleFederationRequest,
  federationResponse,
  FEDERATION_BASE_PATH,
} from './modules/identity-providers/federation.handler';
export { createFederation, type Federation } from './modules/identity-providers/federation';
export { signInOptions, type SignInOptions } from './modules/identity-providers/sign-in-options';
export { encryptProviderSecret } from './modules/identity-providers/provider-secret';
