import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { COMMON_PASSWORDS } from './commonPasswords.ts';
import { strings } from '../../src/strings.ts';

/** The shortest password a moderator may choose. */
export const MIN_PASSWORD_LENGTH = 12;

/** scrypt cost: N=2^15, r=8, p=1 (OWASP's minimum), 32 MB of memory per hash. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * 2 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Why a password is refused (`too-short`, `common`), or null when it is acceptable. Pure. */
export function passwordProblem(password: string): 'too-short' | 'common' | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'common';
  return null;
}

/** `scrypt$N$r$p$salt$hash` (base64url), with the parameters stored so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches a stored hash; compares in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to check against when the account does not exist, so both cases take the same time. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** The German message for a refused password, or null when it is acceptable. */
export function passwordMessage(password: string): string | null {
  const problem = passwordProblem(password);
  if (problem === 'too-short') return strings.moderation.passwordTooShort(MIN_PASSWORD_LENGTH);
  if (problem === 'common') return strings.moderation.passwordCommon;
  return null;
}
