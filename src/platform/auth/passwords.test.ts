import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, generateOneTimePassword, hashPassword, verifyPassword } from './passwords.ts';
import { waitSeconds } from './throttle.ts';

describe('password policy (ASVS: 8–128, no composition rules, no common passwords)', () => {
  it('accepts long plain phrases and any script, with no composition rules', () => {
    expect(() => checkPasswordPolicy('correct horse battery staple')).not.toThrow();
    expect(() => checkPasswordPolicy('كلمة سر طويلة جدا')).not.toThrow();
    expect(() => checkPasswordPolicy('alllowercase')).not.toThrow();
  });
  it('refuses too short, too long and common passwords, naming the field', () => {
    expect(() => checkPasswordPolicy('short1')).toThrow(/8 to 128/);
    expect(() => checkPasswordPolicy('x'.repeat(129))).toThrow(/8 to 128/);
    expect(() => checkPasswordPolicy('Password123', 'newPassword')).toThrow(/common/);
    try {
      checkPasswordPolicy('12345678', 'newPassword');
    } catch (e) {
      expect((e as { details: { path: string }[] }).details[0].path).toBe('newPassword');
    }
  });
  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('correct horse battery staple');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(h, 'wrong horse battery staple')).toBe(false);
    expect(await verifyPassword('garbage', 'x')).toBe(false);
  });
  it('makes one-time passwords that pass the policy', () => {
    for (let i = 0; i < 20; i++) expect(() => checkPasswordPolicy(generateOneTimePassword())).not.toThrow();
  });
  it('throttles progressively and never forever', () => {
    expect([1, 4, 5, 6, 7].map(waitSeconds)).toEqual([0, 0, 2, 4, 8]);
    expect(waitSeconds(1000)).toBe(15 * 60);
  });
});
