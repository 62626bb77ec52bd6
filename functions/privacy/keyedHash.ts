import { createHmac } from 'node:crypto';
import { addressKey } from './ipAddress.ts';

/**
 * HMAC-SHA256 of `value` under SECRET, separated by purpose so a hash made for
 * one use (IP addresses) can never be matched against another (e-mail rate
 * limits). 128 bits in hex: plenty to tell values apart, and without SECRET a
 * stored hash cannot be turned back into an IP address by trying all of them.
 */
export function keyedHash(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}\u0000${value}`).digest('hex').slice(0, 32);
}

/** The keyed hash of the network an IP address belongs to (addressKey), or null when the address is unknown or unreadable. */
export function networkHash(secret: string, ip: string | null | undefined): string | null {
  const network = ip ? addressKey(ip) : null;
  return network ? keyedHash(secret, 'ip', network) : null;
}
