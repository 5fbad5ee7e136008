import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/app/client-address';

describe('clientAddress: the socket unless the deployment trusts proxies', () => {
  it.each<[string, string | undefined, string | undefined, number, string]>([
    ['no proxy: the socket, whatever the client claims', '203.0.113.9', '1.2.3.4', 0, '203.0.113.9'],
    ['no proxy, rotating the header changes nothing', '203.0.113.9', '5.6.7.8, 9.9.9.9', 0, '203.0.113.9'],
    ['IPv4 on an IPv6 socket', '::ffff:203.0.113.9', undefined, 0, '203.0.113.9'],
    ['IPv6', '2001:db8::1', undefined, 0, '2001:db8::1'],
    ['one proxy: the address it appended', '10.0.0.2', '198.51.100.7', 1, '198.51.100.7'],
    ['one proxy, client forged a prefix: still what the proxy appended', '10.0.0.2', '1.2.3.4, 198.51.100.7', 1, '198.51.100.7'],
    ['two proxies', '10.0.0.2', '1.2.3.4, 198.51.100.7, 10.0.0.1', 2, '198.51.100.7'],
    ['trusting more hops than there are: the leftmost', '10.0.0.2', '198.51.100.7', 3, '198.51.100.7'],
    ['one proxy but no header: the socket', '10.0.0.2', undefined, 1, '10.0.0.2'],
    ['no socket address', undefined, undefined, 0, 'unknown'],
  ])('%s', (_label, socket, header, hops, expected) => expect(clientAddress(socket, header, hops)).toBe(expected));
});
