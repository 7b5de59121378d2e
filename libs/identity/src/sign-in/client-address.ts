import { isIP, isIPv4 } from 'node:net';

/** What a request offers about its sender: Express's `req.ip` and the socket's peer. */
export interface RequestOrigin {
  /** From X-Forwarded-For when "trust proxy" believes it; any text a client wrote there. */
  ip?: string;
  socket?: { remoteAddress?: string };
}

/** Stored when neither address is usable (a closed socket); all such requests share a limit. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The client a request comes from, as the per-client rate limit counts it: `req.ip` if it is
 * an IP address, otherwise the socket's peer address (a malformed or overlong X-Forwarded-For
 * entry is no address). IPv4 is kept as it is (also when it arrives IPv4-mapped, `::ffff:…`);
 * IPv6 is cut to its /64 network, because one household or host usually gets a whole /64 and
 * could otherwise use a new address for every request. At most 24 characters.
 */
export function clientAddress(request: RequestOrigin): string {
  for (const candidate of [request.ip, request.socket?.remoteAddress]) {
    const key = candidate === undefined ? null : rateLimitKey(candidate);
    if (key) return key;
  }
  return UNKNOWN_CLIENT;
}

/** The rate-limit key of one address (see `clientAddress`), or null if it is no IP address. */
export function rateLimitKey(address: string): string | null {
  const trimmed = address.trim();
  if (isIPv4(trimmed)) return trimmed;
  if (isIP(trimmed) !== 6) return null;
  const groups = ipv6Groups(trimmed);
  if (!groups) return null;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [high, low] = [groups[6]!, groups[7]!];
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (zone id dropped, `::` expanded). */
function ipv6Groups(address: string): number[] | null {
  let text = address.split('%')[0]!.toLowerCase();
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  const groups =
    tail === undefined
      ? front
      : [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g)) ? groups : null;
}
