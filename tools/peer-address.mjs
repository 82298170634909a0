/**
 * Preloaded into the web server (`node --import ./tools/peer-address.mjs`, done by
 * `npm start`, the e2e server and the container image): puts the address of the
 * socket each request came in on into `x-srw-peer-address`, replacing any copy a
 * client sent. Next.js gives route handlers no socket, and it keeps a
 * client-sent `X-Forwarded-For` when no proxy is in front, so this header is
 * the one address a client cannot choose (`clientAddress` in libs/api).
 */
import http from 'node:http';

const PEER_ADDRESS_HEADER = 'x-srw-peer-address';
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithPeerAddress(event, ...args) {
  const request = args[0];
  if (event === 'request' && request instanceof http.IncomingMessage) {
    request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? '';
  }
  return emit.call(this, event, ...args);
};
