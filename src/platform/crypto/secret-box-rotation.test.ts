import { describe, expect, it } from 'vitest';
import { createSecretBox, keyIdOf } from './secret-box.ts';

describe('secret box key rotation', () => {
  const oldKey = Buffer.alloc(32, 1);
  const newKey = Buffer.alloc(32, 2);
  it('reads values under a previous key, writes under the current one, and refuses an unknown key', () => {
    const before = createSecretBox(oldKey);
    const stored = before.encrypt('رقم الهوية 1098765432', 'ctx');
    const after = createSecretBox(newKey, [oldKey]);
    expect(keyIdOf(stored)).toBe(before.keyId);
    expect(after.keyId).not.toBe(before.keyId);
    expect(after.decrypt(stored, 'ctx')).toBe('رقم الهوية 1098765432');
    expect(keyIdOf(after.encrypt('x', 'ctx'))).toBe(after.keyId);
    expect(() => after.decrypt(stored, 'other context')).toThrow();
    expect(() => createSecretBox(newKey).decrypt(stored, 'ctx')).toThrow(/another key/);
    expect(keyIdOf('plain text')).toBeNull();
  });
});
