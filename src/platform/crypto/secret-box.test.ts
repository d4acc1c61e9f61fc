import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from './secret-box.ts';

describe('the secret box', () => {
  const box = createSecretBox(Buffer.alloc(32, 1));

  it('round-trips any text, Arabic included, and never stores it in plain text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (plain) => {
        const stored = box.encrypt(plain, 'ctx');
        // A short string can turn up inside base64 by chance; a long one never should.
        return box.decrypt(stored, 'ctx') === plain && ([...plain].length < 12 || !stored.includes(plain));
      }),
    );
    expect(box.decrypt(box.encrypt('رقم الهوية ١٢٣'))).toBe('رقم الهوية ١٢٣');
  });

  it('refuses tampered ciphertext, another context, or another key', () => {
    const stored = box.encrypt('SA0380000000608010167519', 'iban:1');
    const parts = stored.split('.');
    parts[4] = Buffer.from('x').toString('base64url') + parts[4].slice(2);
    expect(() => box.decrypt(parts.join('.'), 'iban:1')).toThrow();
    expect(() => box.decrypt(stored, 'iban:2')).toThrow();
    expect(() => createSecretBox(Buffer.alloc(32, 2)).decrypt(stored, 'iban:1')).toThrow(/another key/);
  });
});
