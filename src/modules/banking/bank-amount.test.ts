import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { AmountError, canonicalDecimal, decimalToMinor, type NumberFormat, parseAmount } from './bank-amount.ts';

const arabicDigits = (s: string) => s.replace(/\d/g, (d) => String.fromCodePoint(0x0660 + Number(d)));

/** Writes minor units the way a bank might: grouping, decimal mark, sign style, digits. */
function write(minor: bigint, units: number, f: NumberFormat, sign: 'minus' | 'trailing' | 'parens', arabic: boolean): string {
  const neg = minor < 0n;
  const digits = (neg ? -minor : minor).toString().padStart(units + 1, '0');
  let whole = digits.slice(0, digits.length - units);
  const frac = digits.slice(digits.length - units);
  if (f.thousands) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, f.thousands);
  let text = units > 0 ? `${whole}${f.decimal}${frac}` : whole;
  if (arabic) text = arabicDigits(text);
  if (!neg) return text;
  return sign === 'minus' ? `-${text}` : sign === 'trailing' ? `${text}-` : `(${text})`;
}

const formats: NumberFormat[] = [
  { decimal: '.', thousands: '' },
  { decimal: '.', thousands: ',' },
  { decimal: ',', thousands: '.' },
  { decimal: ',', thousands: ' ' },
  { decimal: '.', thousands: "'" },
  { decimal: ',', thousands: '' },
];

describe('bank amounts', () => {
  test.prop([
    fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
    fc.integer({ min: 0, max: 4 }),
    fc.constantFrom(...formats),
    fc.constantFrom('minus' as const, 'trailing' as const, 'parens' as const),
    fc.boolean(),
  ])('reads back exactly what was written, in every format', (minor, units, f, sign, arabic) => {
    expect(parseAmount(write(minor, units, f, sign, arabic), units, f)).toBe(minor);
  });

  test.prop([fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 })])(
    'drops only trailing zeros beyond the minor units',
    (minor, units, extra) => {
      const text = write(minor, units, formats[0], 'minus', false);
      const padded = units === 0 ? `${text}.${'0'.repeat(extra)}` : `${text}${'0'.repeat(extra)}`;
      expect(decimalToMinor(canonicalDecimal(padded), units)).toBe(minor);
    },
  );

  it('reads the Arabic decimal and thousands marks', () => {
    expect(parseAmount('١٢٬٥٠٠٫٧٥', 2)).toBe(1_250_075n);
    expect(parseAmount('−٣٫٥', 3)).toBe(-3500n);
  });

  it('refuses what is not an amount, or has digits the currency lacks', () => {
    for (const bad of ['', '1e3', '1,5E3', '12,3,4', 'abc', '1.2.3', '--5', '1,00,000'])
      expect(() => parseAmount(bad, 2, { decimal: '.', thousands: ',' })).toThrow(AmountError);
    expect(() => parseAmount('1.005', 2)).toThrow(/more than 2 decimal places/);
    expect(() => parseAmount('0.5', 0)).toThrow(AmountError);
  });
});
