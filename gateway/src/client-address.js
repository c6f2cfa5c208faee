// The address of the client a request is for, which the gateway forwards to the subgraphs.
// The edge (nginx) and the app's Python process run on this machine and say who their client is in
// X-Forwarded-For; a request from anywhere else is its own client. Subgraphs believe the address
// only because it comes with the gateway's secret (docs/decisions/0013).

import net from 'node:net';

function unmapped(address) {
  return address?.startsWith('::ffff:') && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}

function isLoopback(address) {
  return address === '::1' || (net.isIPv4(address ?? '') && address.startsWith('127.'));
}

/** The last X-Forwarded-For entry (the one the nearest proxy added), if it is an IP address. */
function forwardedBy(req) {
  const entries = String(req.headers['x-forwarded-for'] ?? '').split(',');
  const last = unmapped(entries.at(-1).trim());
  return net.isIP(last) ? last : null;
}

/** The client's address: what the edge or the app forwarded when the peer is local, else the peer. */
export function clientAddressOf(req) {
  const peer = unmapped(req.socket?.remoteAddress);
  if (isLoopback(peer)) return forwardedBy(req) ?? peer;
  return peer ?? null;
}
