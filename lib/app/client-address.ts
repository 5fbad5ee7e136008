/**
 * The address of the client a request comes from. By default the TCP peer (the socket): a header
 * such as X-Forwarded-For is written by whoever sends the request, so it is believed only as far
 * as the deployment says it runs behind proxies that append to it (`TRUST_PROXY_HOPS`). With one
 * trusted proxy, the client is the last address that proxy appended; with two, the one before; and
 * so on. Anything further left was written by the client and is ignored.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxyHops: number): string {
  const peer = normalize(socketAddress) || 'unknown';
  if (trustProxyHops <= 0) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = [...header.split(',').map((part) => normalize(part)).filter(Boolean), peer];
  // chain = [client-written..., proxy1 appended, ..., proxyN appended, socket peer]
  const index = chain.length - 1 - trustProxyHops;
  return chain[Math.max(0, index)]!;
}

function normalize(value: string | undefined): string {
  const trimmed = (value ?? '').trim().slice(0, 64);
  // An IPv4 client seen on an IPv6 socket.
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/** Set by our server (scripts/serve.ts) on every request, after removing any copy the client sent. */
export const CLIENT_ADDRESS_HEADER = 'x-hr-client-address';
