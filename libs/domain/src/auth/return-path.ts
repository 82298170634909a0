/** Where a person lands after signing in when no (safe) return path is given. */
export const DEFAULT_RETURN_PATH = '/werkgroepen';

/**
 * The return path after sign-in, only ever on this site: the value is resolved
 * against our own origin the way a browser would (backslashes, encoded and
 * control characters included), and anything that lands on another origin, or
 * is not http(s), falls back to the default.
 */
export function safeReturnPath(value: string | null | undefined, origin: string): string {
  if (!value) return DEFAULT_RETURN_PATH;
  let target: URL;
  try {
    target = new URL(value, origin);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  if (target.origin !== new URL(origin).origin) return DEFAULT_RETURN_PATH;
  // A same-origin URL can still have a path like `//evil.example`, which a browser reads as another host.
  return `/${target.pathname.replace(/^\/+/, '')}${target.search}${target.hash}`;
}
