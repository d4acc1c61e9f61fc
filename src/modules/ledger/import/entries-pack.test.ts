import { describe, expect, it } from 'vitest';
import type { MinorLine } from '../journal-entry.ts';
import { packEntries, unpackEntries } from './entries-pack.ts';
import type { KeyedEntry } from './post-in-batches.ts';

const line = (accountId: string, amount: bigint, extra: Partial<MinorLine> = {}): MinorLine => ({
  accountId,
  currency: 'SAR',
  amount,
  baseAmount: amount,
  rate: '1',
  memo: null,
  ...extra,
});

describe('packed entries (the import worker → the writer)', () => {
  it('unpack gives back every entry, line, amount, memo and dimension value, in order', () => {
    const batch: KeyedEntry[] = [
      {
        key: 'E1',
        entry: { journalId: 'j1', date: '2026-01-05', memo: 'rent', reference: 'R-1', lines: [line('a1', 100n), line('a2', -100n, { memo: 'bank' })] },
      },
      {
        key: 'E2',
        entry: {
          journalId: 'j2',
          date: '2026-01-06',
          memo: null,
          reference: null,
          lines: [
            line('a2', 10n ** 17n, { currency: 'USD', baseAmount: 375n * 10n ** 15n, rate: '3.75', dims: ['d1', null, 'd3'] }),
            line('a1', -(10n ** 17n), { currency: 'USD', baseAmount: -375n * 10n ** 15n, rate: '3.75' }),
            line('a3', 0n, { baseAmount: 1n, memo: 'قيد "مقتبس", عربي' }),
            line('a3', 0n, { baseAmount: -1n }),
          ],
        },
      },
      { key: 'E3', entry: { journalId: 'j1', date: '2026-02-01', memo: '', reference: '', lines: [line('a1', 5n), line('a1', -5n)] } },
    ];
    const packed = packEntries(batch);
    expect(packed.journals).toEqual(['j1', 'j2']);
    expect(packed.accounts).toEqual(['a1', 'a2', 'a3']);
    expect(unpackEntries(structuredClone(packed))).toEqual(batch);
  });

  it('carries no dimension column when no line has a value, and refuses an amount beyond 64 bits', () => {
    expect(packEntries([{ key: 'K', entry: { journalId: 'j', date: '2026-01-01', memo: null, reference: null, lines: [line('a', 1n)] } }]).dims).toBeNull();
    expect(() =>
      packEntries([{ key: 'K', entry: { journalId: 'j', date: '2026-01-01', memo: null, reference: null, lines: [line('a', 2n ** 63n)] } }]),
    ).toThrow(/64 bits/);
  });
});
