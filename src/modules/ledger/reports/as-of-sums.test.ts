import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../../test/dialects.ts';
import { type LedgerFixture, ledgerFixture } from '../ledger.fixture.ts';
import { postNewEntry } from '../post-new-entry.ts';
import { asOfSums, rangeSums } from './balances.repository.ts';

/**
 * `asOfSums` (the balance sheet's read: one conditional sum per month bound per account, day edges by
 * UNION ALL, figures combined per date) against `rangeSums` (amount and base per account and currency)
 * on amounts beyond 2^53 minor units, in kept months and in day edges, debit and credit, in base and
 * in one currency.
 */
describe.each(DIALECTS)('as-of sums on %s', (dialect) => {
  let f: LedgerFixture;
  const huge = '95000000000000.00'; // 9.5e15 minor units: one record already above 2^53
  const large = '40000000000000.00'; // 4e15: safe alone, not three together
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
    const post = (date: string, lines: [string, string][], extra = {}) => postNewEntry(f.db, f.call, f.entry(date, lines, extra));
    for (const [date, amount] of [
      ['2025-01-10', large],
      ['2025-02-03', large],
      ['2025-02-27', large],
      ['2025-03-05', huge],
      ['2025-03-30', large],
      ['2025-04-02', '12.34'],
      ['2025-04-29', large],
    ] as const) {
      await post(date, [
        ['1110', amount],
        ['4100', `-${amount}`],
      ]);
      await post(date, [
        ['5300', '1.01'],
        ['1130', '-1.01'],
      ]);
    }
    await postNewEntry(f.db, f.call, {
      ...f.entry('2025-03-16', [
        ['1130', '2500000000000.00'],
        ['4100', '-2500000000000.00'],
      ]),
      lines: [
        { accountId: f.account('1130'), debit: '2500000000000.00', currency: 'USD', rate: '3.75' },
        { accountId: f.account('4100'), credit: '2500000000000.00', currency: 'USD', rate: '3.75' },
      ],
    });
  });
  afterAll(async () => f.close());

  const dates = [
    '2024-12-31',
    '2025-01-09',
    '2025-01-10',
    '2025-02-15',
    '2025-02-26',
    '2025-02-28',
    '2025-03-04',
    '2025-03-16',
    '2025-03-29',
    '2025-04-01',
    '2025-04-30',
    '2025-06-15',
  ];

  it('equals the per-currency sums, in base and in one currency, beyond the safe integers', async () => {
    for (const [column, filter] of [
      ['base_amount', {}],
      ['amount', { currency: 'SAR' }],
      ['amount', { currency: 'USD' }],
    ] as const) {
      const got = await asOfSums(f.db, dates, column, filter);
      for (const [i, date] of dates.entries()) {
        const want = new Map<string, bigint>();
        for (const s of (await rangeSums(f.db, undefined, date, filter)).values())
          want.set(s.accountId, (want.get(s.accountId) ?? 0n) + (column === 'base_amount' ? s.base : s.amount));
        const shown = new Map<string, bigint>();
        for (const [id, v] of got) if (v[i] !== 0n || want.has(id)) shown.set(id, v[i] as bigint);
        expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(want));
      }
    }
    const base = await asOfSums(f.db, ['2025-04-30'], 'base_amount');
    // 95,000,000,000,000 + 5 × 40,000,000,000,000 + 12.34 + 9,375,000,000,000 (USD 2.5e12 at 3.75), in minor units
    expect(base.get(f.account('4100'))).toEqual([-(9_500_000_000_000_000n + 5n * 4_000_000_000_000_000n + 1234n + 937_500_000_000_000n)]);
    expect(base.get(f.account('1110'))?.[0]).toBeGreaterThan(2n ** 53n);
  });

  it('reads nothing before the first posting and nothing for no dates', async () => {
    const before = await asOfSums(f.db, ['2024-06-15', '2024-12-31'], 'base_amount');
    expect([...before.values()].flat().every((x) => x === 0n)).toBe(true);
    expect((await asOfSums(f.db, [], 'base_amount')).size).toBe(0);
    expect((await asOfSums(f.db, ['2025-04-30'], 'base_amount', { accountIds: [] })).size).toBe(0);
  });
});
