import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors.ts';
import { commonPasswords } from './common-passwords.ts';

/** OWASP ASVS: 8–128 characters, no composition rules, common passwords refused. */
export function checkPasswordPolicy(password: string, field = 'password'): void {
  const length = [...password].length;
  if (length < 8 || length > 128) {
    throw new AppError('VALIDATION', 'Password must be 8 to 128 characters', [{ path: field, message: 'Must be 8 to 128 characters (15 or more is best)' }]);
  }
  if (commonPasswords.has(password.toLowerCase())) {
    throw new AppError('VALIDATION', 'This password is too common', [{ path: field, message: 'Too common: choose another' }]);
  }
}

const options = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to compare against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
};

/** A one-time password an admin hands over; the user must change it at first sign-in. */
export function generateOneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  let out = '';
  for (let i = 0; i < 20; i++) out += alphabet[bytes[i] % alphabet.length];
  return `${out.slice(0, 5)}-${out.slice(5, 10)}-${out.slice(10, 15)}-${out.slice(15, 20)}`;
}
