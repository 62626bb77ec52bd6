import { isIPv4, isIPv6 } from 'node:net';

/**
 * The part of an IP address that identifies one connection's owner: an IPv4
 * address as it is, an IPv6 address by its /64 network (one household or
 * server gets a whole /64 and can rotate through it at will), an IPv4-mapped
 * IPv6 address as the IPv4 address. Returns null for anything else.
 */
export function addressKey(ip: string): string | null {
  const address = ip.trim().replace(/^\[|\]$/g, '').split('%')[0]!;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return null;
  return expandIpv6(address).slice(0, 4).join(':') + '::/64';
}

function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (e.g. 64:ff9b::1.2.3.4) takes two groups.
  const last = right.at(-1) ?? left.at(-1) ?? '';
  if (last.includes('.')) {
    const [a, b, c, d] = last.split('.').map(Number) as [number, number, number, number];
    const groups = [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    (right.length ? right : left).splice(-1, 1, ...groups);
  }
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array(missing).fill('0'), ...right].map((group) => group.toLowerCase().padStart(4, '0'));
}
