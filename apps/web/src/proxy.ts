import { securityHeadersForRequest } from '@srw/api/security-headers';
import { NextResponse, type NextRequest } from 'next/server';

/**
 * Every page and API response gets the security headers, with a fresh
 * Content-Security-Policy nonce per request. Next.js reads the nonce from the
 * request's policy header and puts it on its own scripts; `x-nonce` is there
 * for any script of ours. Personal pages and API answers are never cached.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const headers = securityHeadersForRequest(
    { protocol: request.nextUrl.protocol, forwardedProto: request.headers.get('x-forwarded-proto') },
    nonce,
  );
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', headers['content-security-policy'] ?? '');
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // no-transform on the live stream: no compression may hold its events back.
  response.headers.set(
    'cache-control',
    request.nextUrl.pathname === '/api/events' ? 'no-store, no-transform' : 'no-store',
  );
  return response;
}

export const config = {
  // Not for the build's static files, which are public and cacheable, nor for the tRPC endpoint:
  // `handleTrpcRequest` sets its own headers (JSON needs no nonce), which spares every API call this step.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|api/trpc/).*)' }],
};
