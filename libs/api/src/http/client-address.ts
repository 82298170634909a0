/** Set by `tools/peer-address.mjs` from the socket; a client-sent copy is overwritten. */
export const PEER_ADDRESS_HEADER = 'x-srw-peer-address';

function normalise(address: string): string {
  // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d.
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}

/**
 * The client's address, the same one for throttling and the audit trail.
 *
 * - No trusted proxy (`TRUSTED_PROXY_HOPS=0`, the default): the socket's peer.
 *   `X-Forwarded-For` is ignored, because a client can send anything there.
 * - Behind `n` trusted proxies, each appending the address it received from to
 *   `X-Forwarded-For` (nginx: `$proxy_add_x_forwarded_for`): the entry `n` from the
 *   end, the one the outermost trusted proxy wrote. Entries before it are the
 *   client's own claims and never used.
 *
 * Null when unknown (no preload in front of the server, or fewer entries than hops).
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string | null {
  if (trustedProxyHops <= 0) {
    const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
    return peer ? normalise(peer) : null;
  }
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const entry = forwarded[forwarded.length - trustedProxyHops];
  return entry ? normalise(entry) : null;
}
