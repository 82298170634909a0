import { serverConfig } from '../config';

/**
 * The response headers of every page and API route, set by the web app's proxy
 * (`apps/web/src/proxy.ts`) with a fresh nonce per request. Next.js puts that
 * nonce on its own scripts (it reads it from the request's policy header).
 */
export interface SecurityHeaderOptions {
  nonce: string;
  /** HSTS is sent when the app is served over https (APP_URL, or the proxy says so). */
  https: boolean;
  /** Development builds of React need eval; production never gets it. */
  production: boolean;
}

export function contentSecurityPolicy({ nonce, production }: Pick<SecurityHeaderOptions, 'nonce' | 'production'>) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? '' : " 'unsafe-eval'"}`,
    // Charts and Next's own style attributes are inline; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** The headers for one request, with the deployment's settings. */
export function securityHeadersForRequest(request: { protocol: string; forwardedProto: string | null }, nonce: string) {
  const config = serverConfig();
  const https =
    config.appUrl.startsWith('https://') || request.protocol === 'https:' || request.forwardedProto === 'https';
  return securityHeaders({ nonce, https, production: config.production });
}

/**
 * For the API's JSON answers: the tRPC endpoint is the one path the proxy skips
 * (it is called for every query, and a page's nonce means nothing in JSON), so
 * its handler sets these itself. Nothing in a JSON answer may run, load or be framed.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function apiSecurityHeadersForRequest(request: {
  protocol: string;
  forwardedProto: string | null;
}): Record<string, string> {
  return {
    ...securityHeadersForRequest(request, 'none'),
    'content-security-policy': API_CONTENT_SECURITY_POLICY,
  };
}
