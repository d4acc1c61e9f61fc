import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for secrets and personal data at rest, under the platform key (kept outside the
 * database). The stored form names its key id so keys can rotate: `v1.<keyId>.<iv>.<tag>.<ciphertext>`.
 */
export interface SecretBox {
  encrypt(plain: string, context?: string): string;
  decrypt(stored: string, context?: string): string;
  hmac(value: string): string;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the secret key must be 32 bytes');
  const keyId = createHash('sha256').update(key).digest('hex').slice(0, 8);
  const encKey = createHmac('sha256', key).update('kawalis:encryption').digest();
  const macKey = createHmac('sha256', key).update('kawalis:mac').digest();
  return {
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
      if (kid !== keyId) throw new Error(`encrypted under another key (${kid})`);
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
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
