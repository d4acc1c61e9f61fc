import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decimalToMinor } from './bank-amount.ts';
import { keyOrder } from './import-statement-file.ts';
import type { ParsedFile, ParsedLine } from './parsers/parsed-statement.ts';
import { lineKeys, prepareStatements } from './statement-rules.ts';

const fp = (seed: string) => `fp:${createHash('sha256').update(seed).digest('hex')}`;
const byComparison = (keys: string[]) => Array.from(keys.keys()).sort((x, y) => (keys[x] < keys[y] ? -1 : 1));

describe('keyOrder (the order statement lines are written in)', () => {
  it('is the order of the keys, with fingerprints sharing their first digits and any other key', () => {
    const random = Array.from({ length: 5000 }, (_, i) => fp(`line ${i}`));
    // runs of keys equal in their first 20 hex digits: the numeric prefix ties, the full keys decide
    const ties = Array.from({ length: 300 }, (_, i) => `fp:${'ab'.repeat(10)}${fp(`tie ${i}`).slice(23)}`);
    const mixed = [...random.slice(0, 50), 'ref:B17', 'ref:A1', 'fp:not hex at all, not 64 digits'];
    const upper = random.slice(0, 200).map((k, i) => (i % 2 ? k.toUpperCase().replace('FP:', 'fp:') : k));
    for (const keys of [random, [...random, ...ties].reverse(), mixed, upper, [fp('one')], []]) expect(Array.from(keyOrder(keys))).toEqual(byComparison(keys));
  });
});

const line = (amount: string, text = 'coffee', bookingDate = '2024-03-01'): ParsedLine => ({
  bookingDate,
  valueDate: null,
  amount,
  text,
  bankRef: null,
  entryRef: null,
  endToEndId: null,
  counterparty: null,
  source: `line ${amount}`,
});
const account = { id: 'a', currency: 'SAR', iban: null, accountNumber: null };

describe('prepareStatements', () => {
  it('reads amounts exactly as decimalToMinor does, for any number of minor units', () => {
    const amounts = ['1234.50', '-1234.50', '0.00', '-0.00', '00012.30', '1.5', '1.500', '7', '-7', '123456789012345678901234.99', '0.001', '-2.000'];
    for (const units of [0, 2, 3]) {
      const file: ParsedFile = {
        format: 'csv',
        statements: [
          {
            reference: null,
            account: null,
            currency: null,
            opening: null,
            closing: null,
            from: null,
            to: null,
            lines: amounts.map((a) => line(a)),
            source: 'line 1',
          },
        ],
      };
      const { statements, issues } = prepareStatements(file, account, units);
      const want = amounts.map((a) => {
        try {
          return decimalToMinor(a, units);
        } catch {
          return 0n; // refused: an issue naming the line, counted as zero
        }
      });
      expect(statements[0].lines.map((l) => l.amount)).toEqual(want);
      expect(issues.map((i) => i.where)).toEqual(
        amounts
          .filter((a) => {
            try {
              decimalToMinor(a, units);
              return false;
            } catch {
              return true;
            }
          })
          .map((a) => `line ${a}`),
      );
      expect(statements[0].credits).toBe(want.filter((m) => m > 0n).reduce((s, m) => s + m, 0n));
      expect(statements[0].debits).toBe(want.filter((m) => m < 0n).reduce((s, m) => s - m, 0n));
    }
  });

  it('keys each line as lineKeys does (identical lines on a day get ordinals) and checks the balances', () => {
    const lines = [line('5.00'), line('5.00'), line('-2.50', 'Rent  March'), line('5.00', 'coffee', '2024-03-02'), line('5.00')];
    const file: ParsedFile = {
      format: 'mt940',
      statements: [
        {
          reference: 'S1',
          account: null,
          currency: 'SAR',
          opening: { date: '2024-02-29', amount: '100.00' },
          closing: { date: '2024-03-02', amount: '117.51' },
          from: null,
          to: null,
          lines,
          source: 'statement 1',
        },
      ],
    };
    const [s] = prepareStatements(file, account, 2).statements;
    expect(s.lines.map((l) => l.key)).toEqual(lineKeys(s.lines));
    expect(new Set(s.lines.map((l) => l.key)).size).toBe(5);
    expect([s.from, s.to, s.credits, s.debits, s.difference]).toEqual(['2024-02-29', '2024-03-02', 2000n, 250n, 1n]);
  });
});
