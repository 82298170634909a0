import { markFederatedSignInAttemptSucceeded, type Database } from '@srw/db';
import { identityProviderSlugSchema, safeReturnPath, signInErrorCode } from '@srw/domain';
import type { ServerConfig } from '../../config';
import { originOf } from '../../context';
import { getRuntime, type ServerRuntime } from '../../runtime';
import { createFederation, runFederationRequest, type Federation } from './federation';
import { claimFederatedSignInAttempt, rememberFederatedStartState } from './federation-throttle';

export const FEDERATION_BASE_PATH = '/api/auth';
const SIGN_IN_PAGE = '/inloggen';

export interface FederationDeps {
  db: Database;
  config: ServerConfig;
  federation: Federation;
}

const federations = new WeakMap<ServerRuntime, Federation>();

function seeOther(location: string, headers = new Headers()): Response {
  headers.set('location', location);
  headers.set('cache-control', 'no-store');
  return new Response(null, { status: 303, headers });
}

function refused(code: string): Response {
  return seeOther(`${SIGN_IN_PAGE}?fout=${encodeURIComponent(code)}`);
}

/**
 * Turns better-auth's error redirects (`…?error=state_mismatch&error_description=…`)
 * into the sign-in page with one of our codes: no text from a provider reaches the page.
 */
function withOurErrors(response: Response, appUrl: string): Response {
  const location = response.headers.get('location');
  if (!location) return response;
  const target = new URL(location, appUrl);
  const error = target.searchParams.get('error');
  if (!error) return response;
  const headers = new Headers(response.headers);
  headers.delete('location');
  return seeOther(`${SIGN_IN_PAGE}?fout=${signInErrorCode(error) ?? 'OIDC_FAILED'}`, headers);
}

/**
 * `GET /api/auth/federated/<slug>?terug=<path>` (the sign-in page's button, a
 * plain link, so the page's CSP `form-action 'self'` does not stand in the way
 * of the provider's address): starts the authorization code flow through
 * better-auth (`signInSocial`: state and PKCE verifier in the database, nonce
 * bound) and sends the browser to the provider. Only from our own pages or
 * typed in (`Sec-Fetch-Site` same-origin or none), never started by another site.
 */
async function startSignIn(request: Request, deps: FederationDeps, slug: string): Promise<Response> {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return new Response(null, { status: 403 });
  }
  // Throttled per address and provider before anything is stored or asked of the provider.
  const origin = originOf(request.headers, deps.config.trustedProxyHops);
  const attemptId = await claimFederatedSignInAttempt(deps.db, origin, { providerSlug: slug, step: 'start' });
  if (attemptId === null) return refused('OIDC_TOO_MANY_ATTEMPTS');
  const back = new URL(request.url).searchParams.get('terug');
  const callbackURL = safeReturnPath(back, deps.config.appUrl);
  const auth = await deps.federation.auth();
  try {
    const { headers, response } = await auth.api.signInSocial({
      body: { provider: slug, callbackURL, errorCallbackURL: SIGN_IN_PAGE, disableRedirect: true },
      headers: request.headers,
      returnHeaders: true,
    });
    const out = new Headers();
    for (const cookie of headers.getSetCookie()) out.append('set-cookie', cookie);
    if (!response.url) return refused('OIDC_FAILED');
    await rememberFederatedStartState(deps.db, attemptId, response.url);
    return seeOther(response.url, out);
  } catch {
    // An unknown or disabled provider, or one whose discovery fails.
    return refused('OIDC_PROVIDER_UNAVAILABLE');
  }
}

/** The state a callback brings back: in the address, or in the form of a `form_post` answer. */
async function callbackState(request: Request): Promise<string | null> {
  const fromUrl = new URL(request.url).searchParams.get('state');
  if (fromUrl || request.method !== 'POST') return fromUrl;
  try {
    const state = (await request.clone().formData()).get('state');
    return typeof state === 'string' ? state : null;
  } catch {
    return null;
  }
}

/**
 * `GET|POST /api/auth/callback/<slug>`: the callback of a counted start (its
 * state) carries on that start's claim; any other callback (forged, replayed,
 * stale) is counted and throttled itself. A callback that ends in a session
 * settles its claim, so only unfinished, refused or forged sign-ins count.
 */
async function callback(request: Request, deps: FederationDeps, slug: string): Promise<Response> {
  const origin = originOf(request.headers, deps.config.trustedProxyHops);
  const state = await callbackState(request);
  const attemptId = await claimFederatedSignInAttempt(deps.db, origin, { providerSlug: slug, step: 'callback', state });
  if (attemptId === null) return refused('OIDC_TOO_MANY_ATTEMPTS');
  const auth = await deps.federation.auth();
  const { result, signedIn } = await runFederationRequest(origin, () => auth.handler(request));
  if (signedIn) await markFederatedSignInAttemptSucceeded(deps.db, attemptId);
  return withOurErrors(result, deps.config.appUrl);
}

/** Only the federated routes: the password sign-in keeps going through `auth.signIn` with its throttling. */
export async function federationResponse(request: Request, deps: FederationDeps): Promise<Response> {
  const path = new URL(request.url).pathname.slice(FEDERATION_BASE_PATH.length);
  const [, kind, rawSlug, ...rest] = path.split('/');
  const slug = identityProviderSlugSchema.safeParse(rawSlug ?? '');
  if (rest.length > 0 || !slug.success || slug.data !== rawSlug) return new Response(null, { status: 404 });
  if (kind === 'federated' && request.method === 'GET') return startSignIn(request, deps, slug.data);
  if (kind === 'callback' && (request.method === 'GET' || request.method === 'POST')) {
    return callback(request, deps, slug.data);
  }
  return new Response(null, { status: 404 });
}

/** The Next route handler's entry (`app/api/auth/[...all]/route.ts`). */
export async function handleFederationRequest(request: Request): Promise<Response> {
  const runtime = await getRuntime();
  let federation = federations.get(runtime);
  if (!federation) {
    federation = createFederation(runtime.handle.db, runtime.config, (m) => console.warn(`[samenwerkingsruimte] ${m}`));
    federations.set(runtime, federation);
  }
  return federationResponse(request, { db: runtime.handle.db, config: runtime.config, federation });
}
