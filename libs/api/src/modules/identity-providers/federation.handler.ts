import type { Database } from '@srw/db';
import { identityProviderSlugSchema, safeReturnPath, signInErrorCode } from '@srw/domain';
import type { ServerConfig } from '../../config';
import { originOf } from '../../context';
import { getRuntime, type ServerRuntime } from '../../runtime';
import { createFederation, runFederationRequest, type Federation } from './federation';

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
    return response.url ? seeOther(response.url, out) : refused('OIDC_FAILED');
  } catch {
    // An unknown or disabled provider, or one whose discovery fails.
    return refused('OIDC_PROVIDER_UNAVAILABLE');
  }
}

/** Only the federated routes: the password sign-in keeps going through `auth.signIn` with its throttling. */
export async function federationResponse(request: Request, deps: FederationDeps): Promise<Response> {
  const path = new URL(request.url).pathname.slice(FEDERATION_BASE_PATH.length);
  const [, kind, rawSlug, ...rest] = path.split('/');
  const slug = identityProviderSlugSchema.safeParse(rawSlug ?? '');
  if (rest.length > 0 || !slug.success || slug.data !== rawSlug) return new Response(null, { status: 404 });
  if (kind === 'federated' && request.method === 'GET') return startSignIn(request, deps, slug.data);
  if (kind === 'callback' && (request.method === 'GET' || request.method === 'POST')) {
    const auth = await deps.federation.auth();
    const origin = originOf(request.headers, deps.config.trustedProxyHops);
    const response = await runFederationRequest(origin, () => auth.handler(request));
    return withOurErrors(response, deps.config.appUrl);
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
