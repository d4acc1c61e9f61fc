import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert, divRound, fromMinor, impliedRate, MoneyError, toMinor } from './money.ts';

const units = fc.integer({ min: 0, max: 4 });
const bigMinor = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });

describe('money: decimal strings and minor units', () => {
  it('round-trips every integer amount, far beyond 2^53, in every number of minor units', () => {
    fc.assert(
      fc.property(bigMinor, units, (minor, u) => {
        expect(toMinor(fromMinor(minor, u), u)).toBe(minor);
      }),
    );
  });

  it('writes exactly the currency’s decimals and reads any shorter form back to the same value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 25n }), units, units, (minor, u, fewer) => {
        const text = fromMinor(minor, u);
        if (u > 0) expect(text).toMatch(new RegExp(`\\.\\d{${u}}$`));
        const cut = Math.min(fewer, u);
        const shorter = fromMinor(minor - (minor % 10n ** BigInt(u - cut)), u).slice(0, u - cut === 0 ? undefined : -(u - cut));
        const normalized = shorter.endsWith('.') ? shorter.slice(0, -1) : shorter;
        expect(toMinor(normalized, u)).toBe(minor - (minor % 10n ** BigInt(u - cut)));
      }),
    );
  });

  it('refuses more decimals than the currency allows, floats, exponents and separators', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), units, (minor, u) => {
        const text = `${fromMinor(minor, u)}${u === 0 ? '.' : ''}5`;
        expect(() => toMinor(text, u)).toThrow(MoneyError);
      }),
    );
    for (const bad of ['1e3', '1,000.00', '.5', '5.', ' 1', '+1', '0x10', 'NaN', '1.2.3', '']) expect(() => toMinor(bad, 2)).toThrow(MoneyError);
    expect(() => toMinor('1.230', 2)).toThrow(/more than 2 decimal places/);
    expect(() => toMinor('1.5', 0)).toThrow(/no minor units/);
  });

  it('handles negative values and the limits of IQD (3), JPY (0) and amounts past Number.MAX_SAFE_INTEGER', () => {
    expect(toMinor('-1234.5', 2)).toBe(-123450n);
    expect(fromMinor(-5n, 2)).toBe('-0.05');
    expect(toMinor('-0.00', 2)).toBe(0n);
    expect(toMinor('12.345', 3)).toBe(12345n);
    expect(toMinor('500', 0)).toBe(500n);
    expect(toMinor('92233720368547758.07', 2)).toBe(9223372036854775807n);
    expect(fromMinor(9007199254740993n, 2)).toBe('90071992547409.93');
  });

  it('converts at a decimal rate, rounding half away from zero, symmetrically for credits', () => {
    expect(convert(10000n, 2, '3.75', 2)).toBe(37500n);
    expect(convert(1n, 2, '0.5', 2)).toBe(1n);
    expect(convert(-1n, 2, '0.5', 2)).toBe(-1n);
    expect(convert(1000n, 3, '12.5', 2)).toBe(1250n);
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    fc.assert(
      fc.property(bigMinor, fc.integer({ min: 1, max: 10_000_000 }), (amount, r) => {
        const rate = fromMinor(BigInt(r), 4);
        expect(convert(-amount, 2, rate, 3)).toBe(-convert(amount, 2, rate, 3));
      }),
    );
    expect(impliedRate(10000n, 2, 37500n, 2)).toBe('3.75');
    expect(impliedRate(300n, 2, 100n, 2)).toBe('0.3333333333');
  });
});
