import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../../shared/workshop';

/** 32 bytes from the OS's CSPRNG (256 bits, well above the 128 the issue asks), base64url: 43 chars. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** A short code from {@link JOIN_CODE_ALPHABET}, each character drawn uniformly (randomInt, no modulo bias). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Compares a presented secret with ours in constant time. Both are hashed first so
 * `timingSafeEqual` sees equal lengths and neither the length nor a common prefix leaks.
 */
export function sameSecret(presented: unknown, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0 || expected.length === 0) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}
