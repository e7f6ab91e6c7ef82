import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/**
 * Which addresses a member feed may be read from: none that is not globally reachable (the IANA IPv4 and IPv6
 * special-purpose registries) and none of this host's own interfaces — a feed must not reach into our network.
 */
function blockList(family: 'ipv4' | 'ipv6', subnets: readonly (readonly [string, number])[]): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of subnets) list.addSubnet(network, prefix, family);
  return list;
}

// Two lists, because a BlockList also checks an IPv4 address against IPv6 rules (as if it were IPv4-mapped).
const REFUSED_V4 = blockList('ipv4', [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
]);
// IPv4-compatible (::/96, which holds :: and ::1), IPv4-mapped and -translated, the local-use NAT64 prefix, discard-only,
// IETF protocol assignments (Teredo, benchmarking, ORCHID…), documentation, unique-local, link-local and multicast.
const REFUSED_V6 = blockList('ipv6', [
  ['::', 96], ['::ffff:0:0', 96], ['::ffff:0:0:0', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
  ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
]);

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part becomes the last two). */
function hextets(address: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = dotted
    ? address.slice(0, dotted.index) + [(+dotted[1]! << 8) | +dotted[2]!, (+dotted[3]! << 8) | +dotted[4]!].map((group) => group.toString(16)).join(':')
    : address;
  const [head, tail] = text.split('::') as [string, string | undefined];
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const all = tail === undefined ? groups(head) : [...groups(head), ...Array<string>(8 - groups(head).length - groups(tail).length).fill('0'), ...groups(tail)];
  return all.map((group) => parseInt(group, 16));
}

const ipv4Of = (high: number, low: number) => [high >> 8, high & 255, low >> 8, low & 255].join('.');

/** The IPv4 address a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address reaches; it must be refused as itself. */
function embeddedIpv4(groups: number[]): string | null {
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) return ipv4Of(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return ipv4Of(groups[1]!, groups[2]!);
  return null;
}

const canonical = (address: string) => (isIP(address) === 6 ? hextets(address).map((group) => group.toString(16)).join(':') : address);

/** This host's own addresses, read each time: interfaces come and go. */
function ownAddresses(): Set<string> {
  return new Set(Object.values(networkInterfaces()).flatMap((entries) => (entries ?? []).map((entry) => canonical(entry.address.replace(/%.*$/, '')))));
}

/** Whether a feed must not be read from this IP address (anything that is not an IP address is refused too). */
export function isRefusedAddress(ip: string): boolean {
  const address = ip.replace(/%.*$/, '');
  const family = isIP(address);
  if (family === 4) return REFUSED_V4.check(address, 'ipv4') || ownAddresses().has(address);
  if (family !== 6) return true;
  if (REFUSED_V6.check(address, 'ipv6')) return true;
  const groups = hextets(address);
  const embedded = embeddedIpv4(groups);
  return (embedded !== null && isRefusedAddress(embedded)) || ownAddresses().has(canonical(address));
}

/** A URL's host without IPv6 brackets. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/** Refused by its name or literal address alone, without asking DNS (localhost, a private or own IP…). */
export function isRefusedLiteralHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || (isIP(host) !== 0 && isRefusedAddress(host));
}

export interface VettedAddress {
  address: string;
  family: 4 | 6;
}

/** Why a host may not be read: a refused address, or no address at all. */
export class HostRefused extends Error {
  constructor(
    readonly host: string,
    readonly unresolved: boolean,
  ) {
    super(unresolved ? `cannot resolve ${host}` : `refused: ${host} is a private or local address, not allowed for a feed`);
  }
}

/**
 * The one address a feed's host is read from, checked: a literal IP, or every address its name resolves to (one bad
 * address refuses the name — the resolver could hand out either). The request then connects to exactly this address,
 * so a second DNS answer (rebinding) cannot move it elsewhere.
 */
export async function vetHost(host: string, signal: AbortSignal): Promise<VettedAddress> {
  if (isRefusedLiteralHost(host)) throw new HostRefused(host, false);
  const family = isIP(host);
  if (family !== 0) return { address: host, family: family as 4 | 6 };
  const addresses = await resolveWithin(host, signal);
  if (!addresses.length) throw new HostRefused(host, true);
  if (addresses.some((entry) => isRefusedAddress(entry.address))) throw new HostRefused(host, false);
  return addresses[0]!;
}

/** DNS lookups have no timeout of their own: the caller's deadline bounds them. */
async function resolveWithin(host: string, signal: AbortSignal): Promise<VettedAddress[]> {
  signal.throwIfAborted();
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(new Error(`timed out resolving ${host}`));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const found = await Promise.race([lookup(host, { all: true }).catch(() => []), aborted]);
    return found.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
