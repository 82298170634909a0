import { handleFederationRequest } from '@srw/api/server';

export const dynamic = 'force-dynamic';

/**
 * Sign-in through an organisation's OpenID provider only (`federated/<slug>`,
 * `callback/<slug>`); anything else under /api/auth answers 404. The password
 * sign-in goes through tRPC's `auth.signIn`.
 */
export function GET(request: Request) {
  return handleFederationRequest(request);
}

export function POST(request: Request) {
  return handleFederationRequest(request);
}
