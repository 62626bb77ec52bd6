import { describe, expect, it } from 'vitest';
import { addressKey } from '../../../functions/privacy/ipAddress.ts';
import { keyedHash } from '../../../functions/privacy/keyedHash.ts';

describe('privacy/ipAddress', () => {
  it('keeps IPv4 addresses and unwraps IPv4-mapped IPv6', () => {
    expect(addressKey('203.0.113.5')).toBe('203.0.113.5');
    expect(addressKey('::ffff:203.0.113.5')).toBe('203.0.113.5');
  });

  it('reduces IPv6 addresses to their /64 network', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:0db8:0001:0002::/64');
    expect(addressKey('2001:DB8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:0db8:0001:0002::/64');
    expect(addressKey('[fe80::1%eth0]')).toBe('fe80:0000:0000:0000::/64');
  });

  it('returns null for anything that is not an address', () => {
    expect(addressKey('unknown')).toBeNull();
    expect(addressKey('')).toBeNull();
  });
});

describe('privacy/keyedHash', () => {
  it('depends on the secret and the purpose, and never contains the value', () => {
    const a = keyedHash('s'.repeat(32), 'ip', '203.0.113.5');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(keyedHash('t'.repeat(32), 'ip', '203.0.113.5')).not.toBe(a);
    expect(keyedHash('s'.repeat(32), 'email', '203.0.113.5')).not.toBe(a);
  });
});
