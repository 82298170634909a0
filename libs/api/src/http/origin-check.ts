/**
 * Whether a request that changes something comes from our own pages. SameSite=Lax
 * cookies stop other sites, not another origin on the same site (another port or
 * subdomain), so every mutation checks where it comes from:
 *
 * - `Sec-Fetch-Site` (sent by every current browser): only `same-origin` passes.
 * - Without it, `Origin` must be the app's own origin (`APP_URL`; behind a proxy,
 *   APP_URL must be the public address the browser sees).
 * - A request with neither is not from a browser (scripts, health checks, tests):
 *   it carries no ambient browser cookies an attacker could borrow, so it passes.
 */
export function isSameOriginRequest(headers: Headers, appUrl: string): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null) return fetchSite === 'same-origin';
  const origin = headers.get('origin');
  if (origin === null) return true;
  try {
    return origin !== 'null' && new URL(origin).origin === new URL(appUrl).origin;
  } catch {
    return false;
  }
}
