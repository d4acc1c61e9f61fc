import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSums } from './budget-lines.ts';

describe('reading stored line sums', () => {
  it('reads every figure as BigInt would, numbers below 2^53 and beyond', () => {
    const figure = fc.oneof(
      fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
      fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
      fc.constantFrom(0n, -1n, 999_999_999_999_999n, -(10n ** 15n)),
    );
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 14 }), (xs) => {
        const n = Math.min(xs.length, 12);
        const text = xs.map(String).join(',');
        expect(readSums(text, n)).toEqual(xs.slice(0, n));
        expect(() => readSums(text, xs.length + 1)).toThrow(/sums/);
      }),
    );
  });

  it('refuses what is not an integer and reads what BigInt reads', () => {
    expect(() => readSums('12,1x,3', 3)).toThrow(SyntaxError);
    expect(() => readSums('12,-,3', 3)).toThrow(SyntaxError);
    expect(readSums('-0,,7', 3)).toEqual([0n, 0n, 7n]);
    expect(readSums('1234567890123456789,-98765432109876543210', 2)).toEqual([1234567890123456789n, -98765432109876543210n]);
  });
});
