import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalEntry, type HashableEntry } from './entry-hash.ts';
import { hasDims } from './journal-entry.ts';

/** The canonical form as first written: JSON.stringify of the whole array. Every stored hash was made so. */
function reference(e: HashableEntry, prevHash: string): string {
  const v2 = e.lines.some((l) => hasDims(l.dims));
  const line = (l: HashableEntry['lines'][number], i: number) => {
    const base = [i + 1, l.accountId, l.currency, l.amount.toString(), l.baseAmount.toString(), l.rate, l.memo];
    return v2 ? [...base, ...(l.dims ?? [null, null, null])] : base;
  };
  return JSON.stringify([
    v2 ? 'kawalis.ledger.entry.v2' : 'kawalis.ledger.entry.v1',
    e.id,
    e.journalId,
    e.number,
    e.date,
    e.memo,
    e.reference,
    e.reversesEntryId,
    e.lines.map(line),
    prevHash,
  ]);
}

const text = fc.string({ unit: 'binary', maxLength: 12 });
const maybe = fc.option(text, { nil: null });
const dim = fc.option(fc.uuid(), { nil: null });
const line = fc.record(
  {
    accountId: fc.uuid(),
    currency: fc.constantFrom('SAR', 'USD', 'KWD'),
    amount: fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }),
    baseAmount: fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }),
    rate: fc.constantFrom('1', '3.75', '0.2659'),
    memo: maybe,
    dims: fc.tuple(dim, dim, dim),
  },
  { requiredKeys: ['accountId', 'currency', 'amount', 'baseAmount', 'rate', 'memo'] },
);
const entry = fc.record({
  id: fc.uuid(),
  journalId: fc.uuid(),
  number: fc.constantFrom('GEN/2026/000001', 'SAL/2025/123456'),
  date: fc.constantFrom('2026-01-31', '2024-02-29'),
  memo: maybe,
  reference: maybe,
  reversesEntryId: fc.option(fc.uuid(), { nil: null }),
  lines: fc.array(line, { minLength: 1, maxLength: 5 }),
});

describe('the canonical form of an entry (the text its hash is taken over)', () => {
  it('is exactly the JSON of the array it was defined as, for any text, amounts and dimension values', () => {
    fc.assert(
      fc.property(entry, fc.stringMatching(/^[0-9a-f]{64}$/), (e, prev) => {
        expect(canonicalEntry(e as HashableEntry, prev)).toBe(reference(e as HashableEntry, prev));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps v1 for entries without dimension values (every hash posted before dimensions existed)', () => {
    const e: HashableEntry = {
      id: 'e',
      journalId: 'j',
      number: 'GEN/2026/000001',
      date: '2026-01-05',
      memo: 'rent "January"',
      reference: null,
      reversesEntryId: null,
      lines: [{ accountId: 'a', currency: 'SAR', amount: 100n, baseAmount: 100n, rate: '1', memo: null, dims: [null, null, null] }],
    };
    expect(canonicalEntry(e, 'p')).toBe(
      '["kawalis.ledger.entry.v1","e","j","GEN/2026/000001","2026-01-05","rent \\"January\\"",null,null,[[1,"a","SAR","100","100","1",null]],"p"]',
    );
  });
});
