import { describe, expect, it } from 'vitest';
import { subtypeFits } from './account-rules.ts';
import { parseCsv, toCsv } from './csv.ts';
import { toMinorLines } from './entry-lines.ts';
import { fiscalYearOf, isIsoDate, periodOf, periodsOfFiscalYear } from './fiscal-calendar.ts';
import { type AccountFacts, findImbalances, lineIssues, type MinorLine, mirrorLines } from './journal-entry.ts';

const A = '01a00000-0000-7000-8000-00000000000a';
const B = '01a00000-0000-7000-8000-00000000000b';
const line = (accountId: string, amount: bigint, currency = 'SAR', baseAmount = amount): MinorLine => ({
  accountId,
  currency,
  amount,
  baseAmount,
  rate: '1',
  memo: null,
});
const facts = (id: string, over: Partial<AccountFacts> = {}): AccountFacts => ({
  id,
  code: id.slice(-4),
  postable: true,
  active: true,
  currency: null,
  ...over,
});
const units = { base: 'SAR', units: (c: string) => ({ SAR: 2, USD: 2, KWD: 3, JPY: 0 })[c] };

describe('journal entry rules', () => {
  it('an entry balances when each currency sums to zero; the base currency is checked too', () => {
    expect(findImbalances([line(A, 100n), line(B, -100n)], 'SAR', () => 2)).toEqual([]);
    const usd = [line(A, 100n, 'USD', 375n), line(B, -100n, 'USD', -374n)];
    expect(findImbalances(usd, 'SAR', () => 2)).toEqual([expect.objectContaining({ currency: 'SAR', base: true, difference: '0.01' })]);
    expect(findImbalances([line(A, 100n), line(B, -90n)], 'SAR', () => 2)).toEqual([
      expect.objectContaining({ currency: 'SAR', base: false, debit: '1.00', credit: '0.90' }),
    ]);
  });

  it('names each line that cannot be posted, and the missing second line', () => {
    const accounts = new Map([
      [A, facts(A, { postable: false })],
      [B, facts(B, { active: false, currency: 'USD' })],
    ]);
    expect(lineIssues([line(A, 1n), line(B, -1n), line('nope', 0n)], accounts).map((i) => i.path)).toEqual([
      'lines.0.accountId',
      'lines.1.accountId',
      'lines.1.currency',
      'lines.2.accountId',
    ]);
    expect(lineIssues([line(A, 0n)], new Map([[A, facts(A)]]))).toEqual([
      { path: 'lines', code: 'ledger.entry_two_lines', message: 'An entry needs at least two lines' },
      { path: 'lines.0', code: 'ledger.zero_line', message: 'A line needs a non-zero amount' },
    ]);
  });

  it('a reversal mirrors every amount', () => {
    expect(mirrorLines([line(A, 5n), line(B, -5n)]).map((l) => l.amount)).toEqual([-5n, 5n]);
  });

  it('reads debit and credit strings into signed minor units, by each currency’s ISO decimals', () => {
    const r = toMinorLines(
      [
        { accountId: A, debit: '1.234', currency: 'KWD', rate: '12.2' },
        { accountId: B, credit: '15.05' },
        { accountId: B, credit: '100', currency: 'JPY', baseAmount: '2.50' },
        { accountId: A, debit: '1.5', currency: 'JPY', rate: '0.025' },
        { accountId: A, debit: '1', currency: 'XXZ' },
        { accountId: A, debit: '1', currency: 'USD' },
      ],
      units,
    );
    expect(r.lines.map((l) => [l.amount, l.baseAmount, l.rate])).toEqual([
      [1234n, 1505n, '12.2'],
      [-1505n, -1505n, '1'],
      [-100n, -250n, '0.025'],
    ]);
    expect(r.issues.map((i) => i.path)).toEqual(['lines.3.debit', 'lines.4.currency', 'lines.5.rate']);
  });
});

describe('fiscal calendar', () => {
  it('knows real dates', () => {
    expect(['2026-02-28', '2024-02-29', '2026-12-31'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '26-01-01', '2026-04-31'].some(isIsoDate)).toBe(false);
  });
  it('splits a fiscal year starting in July into twelve months, named by the year it starts in', () => {
    const periods = periodsOfFiscalYear(2025, 7);
    expect(periods[0]).toEqual({ fiscalYear: 2025, periodNo: 1, startDate: '2025-07-01', endDate: '2025-07-31' });
    expect(periods[7]).toMatchObject({ startDate: '2026-02-01', endDate: '2026-02-28' });
    expect(periods[11]).toMatchObject({ startDate: '2026-06-01', endDate: '2026-06-30' });
    expect(fiscalYearOf('2026-06-30', 7)).toBe(2025);
    expect(fiscalYearOf('2026-07-01', 7)).toBe(2026);
    expect(periodOf('2026-03-15', 1)).toMatchObject({ fiscalYear: 2026, periodNo: 3 });
  });
});

describe('account rules and CSV', () => {
  it('fits subtypes to types', () => {
    expect(subtypeFits('asset', 'bank')).toBe(true);
    expect(subtypeFits('liability', 'bank')).toBe(false);
    expect(subtypeFits('liability', 'tax')).toBe(true);
    expect(subtypeFits('expense', 'suspense')).toBe(true);
  });
  it('reads back what it writes, quotes and newlines included, and defuses formulas', () => {
    const rows = [
      ['code', 'name'],
      ['1', 'Cash, "petty"\nline two'],
      ['2', 'الأصول'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
    expect(toCsv([['=HYPERLINK("x")']])).toBe(`"'=HYPERLINK(""x"")"\r\n`);
    expect(toCsv([['-12.50']])).toBe('-12.50\r\n');
    expect(() => parseCsv('a,"b\n')).toThrow(/not closed/);
  });
});
