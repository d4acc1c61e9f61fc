import { describe, expect, it } from 'vitest';
import { formatIban, ibanProblem, normalizeIban } from './iban.ts';

describe('IBAN (ISO 13616 mod 97)', () => {
  it.each([
    'SA03 8000 0000 6080 1016 7519', // Saudi Arabia, 24 characters
    'DE89 3704 0044 0532 0130 00', // Germany, 22 characters
    'GB82 WEST 1234 5698 7654 32',
    'AE07 0331 2345 6789 0123 456',
    'de89370400440532013000', // lower case, no spaces
  ])('accepts %s', (iban) => expect(ibanProblem(iban)).toBeUndefined());

  it('refuses wrong check digits, a swapped digit, a wrong length and junk, saying why', () => {
    expect(ibanProblem('SA04 8000 0000 6080 1016 7519')).toMatch(/check digits/);
    expect(ibanProblem('DE89 3704 0044 0532 0130 01')).toMatch(/check digits/);
    expect(ibanProblem('DE89 3704 0044 0523 0130 00')).toMatch(/check digits/);
    expect(ibanProblem('SA03 8000 0000 6080 1016 751')).toMatch(/24 characters/);
    expect(ibanProblem('not an iban')).toMatch(/two letters/);
  });

  it('normalises and prints in groups of four', () => {
    expect(normalizeIban(' sa03 8000 0000 6080 1016 7519 ')).toBe('SA0380000000608010167519');
    expect(formatIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
  });
});
