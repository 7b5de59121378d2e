import { clientAddress, rateLimitKey, UNKNOWN_CLIENT } from './client-address';

describe('the client address of the per-client sign-in limit', () => {
  it('takes req.ip when it is an IP address', () => {
    expect(clientAddress({ ip: '203.0.113.7', socket: { remoteAddress: '10.0.0.1' } })).toBe(
      '203.0.113.7',
    );
  });

  it.each([
    ['an overlong header value', 'x'.repeat(100)],
    ['a host name', 'proxy.example.org'],
    ['an address with a port', '203.0.113.7:443'],
    ['a list nobody split', '203.0.113.7, 10.0.0.1'],
    ['nothing', ''],
  ])('falls back to the socket address for %s', (_, ip) => {
    expect(clientAddress({ ip, socket: { remoteAddress: '::ffff:10.0.0.1' } })).toBe('10.0.0.1');
  });

  it('says unknown when neither is an address', () => {
    expect(clientAddress({ ip: 'garbage', socket: {} })).toBe(UNKNOWN_CLIENT);
    expect(clientAddress({})).toBe(UNKNOWN_CLIENT);
  });

  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::ffff:7f00:1', '127.0.0.1'],
    ['::1', '0:0:0:0::/64'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3:8d3::/64'],
    ['2001:DB8:85A3:08D3::1', '2001:db8:85a3:8d3::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.33', '64:ff9b:0:0::/64'],
  ])('keys %s as %s', (address, key) => {
    expect(rateLimitKey(address)).toBe(key);
  });

  it('puts every address of one IPv6 /64 under one key, and other /64s under others', () => {
    const key = rateLimitKey('2001:db8:1:2::1');
    expect(rateLimitKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe(key);
    expect(rateLimitKey('2001:db8:1:3::1')).not.toBe(key);
  });

  it('never makes a key longer than the column holds', () => {
    expect(rateLimitKey('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')!.length).toBeLessThanOrEqual(24);
  });
});
