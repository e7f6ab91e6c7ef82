import { networkInterfaces } from 'node:os';
import { isRefusedAddress, isRefusedLiteralHost } from '../feed-address';

describe('feed addresses', () => {
  it('refuses every special-purpose range that is not globally reachable, and embedded IPv4 ones', () => {
    for (const address of [
      '0.0.0.0', '10.1.2.3', '100.64.0.1', '127.0.0.1', '169.254.169.254', '172.16.0.1', '192.0.0.8', '192.0.2.2', '192.88.99.1', '192.168.1.1',
      '198.18.0.1', '198.51.100.1', '203.0.113.1', '224.0.0.1', '240.0.0.1', '255.255.255.255',
      '::', '::1', '::127.0.0.1', '::7f00:1', '::ffff:127.0.0.1', '::ffff:a00:1', '::ffff:0:7f00:1', '64:ff9b::7f00:1', '64:ff9b:1::1',
      '100::1', '2001::1', '2001:db8::1', '2002:7f00:1::', '2002:c000:202::1', 'fd00::1', 'fe80::1%eth0', 'ff02::1', 'not-an-address',
    ]) expect([address, isRefusedAddress(address)]).toEqual([address, true]);
    for (const address of ['223.5.5.5', '8.8.8.8', '2400:3200::1', '64:ff9b::808:808', '2002:808:808::1']) expect([address, isRefusedAddress(address)]).toEqual([address, false]);
  });

  it("refuses this host's own interface addresses", () => {
    const own = Object.values(networkInterfaces()).flatMap((entries) => entries ?? []).map((entry) => entry.address);
    expect(own.length).toBeGreaterThan(0);
    for (const address of own) expect([address, isRefusedAddress(address)]).toEqual([address, true]);
  });

  it('refuses localhost names and literal addresses without asking DNS', () => {
    expect(isRefusedLiteralHost('localhost')).toBe(true);
    expect(isRefusedLiteralHost('feeds.localhost')).toBe(true);
    expect(isRefusedLiteralHost(new URL('http://127.1/').hostname)).toBe(true);
    expect(isRefusedLiteralHost('jingzhou.example')).toBe(false);
  });
});
