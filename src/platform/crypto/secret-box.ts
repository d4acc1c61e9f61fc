import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for secrets and personal data at rest, under the platform key (kept outside the
 * database). The stored form names its key id so keys can rotate: `v1.<keyId>.<iv>.<tag>.<ciphertext>`.
 */
export interface SecretBox {
  /** The id of the current key: every new value is encrypted under it. */
  readonly keyId: string;
  encrypt(plain: string, context?: string): string;
  /** Decrypts a value under the current key or any previous key the box was given. */
  decrypt(stored: string, context?: string): string;
  hmac(value: string): string;
}

/** The key id a stored value names (`v1.<keyId>.…`), or null when it is not a secret-box value. */
export function keyIdOf(stored: string): string | null {
  const [v, kid] = stored.split('.');
  return v === 'v1' && kid ? kid : null;
}

const keyIdFor = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);
const encKeyFor = (key: Buffer) => createHmac('sha256', key).update('kawalis:encryption').digest();

/**
 * `previousKeys` are older keys kept only to read values not yet re-encrypted (key rotation: new
 * values go under `key`; a rotation command rewrites the old ones). The HMAC stays under `key`.
 */
export function createSecretBox(key: Buffer, previousKeys: Buffer[] = []): SecretBox {
  if (key.length !== 32) throw new Error('the secret key must be 32 bytes');
  if (previousKeys.some((k) => k.length !== 32)) throw new Error('every previous secret key must be 32 bytes');
  const keyId = keyIdFor(key);
  const encKey = encKeyFor(key);
  const readKeys = new Map([...previousKeys.map((k) => [keyIdFor(k), encKeyFor(k)] as const), [keyId, encKey] as const]);
  const macKey = createHmac('sha256', key).update('kawalis:mac').digest();
  return {
    keyId,
    encrypt(plain, context = '') {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      cipher.setAAD(Buffer.from(context));
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', keyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    },
    decrypt(stored, context = '') {
      const [v, kid, iv, tag, data] = stored.split('.');
      if (v !== 'v1' || !iv || !tag || data === undefined) throw new Error('not an encrypted value');
      const readKey = kid ? readKeys.get(kid) : undefined;
      if (!readKey) throw new Error(`encrypted under another key (${kid})`);
      const decipher = createDecipheriv('aes-256-gcm', readKey, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
    hmac(value) {
      return createHmac('sha256', macKey).update(value).digest('hex');
    },
  };
}

export const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');
