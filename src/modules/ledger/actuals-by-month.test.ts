import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { actualsByLine, actualsByMonth } from './actuals-by-month.ts';
import { createDimension } from './create-dimension.ts';
import { createDimensionValue } from './create-dimension-value.ts';
import { type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { openFiscalYear } from './open-fiscal-year.ts';
import { postNewEntry } from './post-new-entry.ts';
import { yearEndClose } from './year-end-close.ts';

const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

describe.each(DIALECTS)('actuals per line on %s', (dialect) => {
  let f: LedgerFixture;
  let values: string[];
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
    await openFiscalYear(f.db, f.call, 2026);
    const dim = await createDimension(f.db, f.call, { code: 'DEPT', nameEn: 'Department', nameAr: 'القسم', slot: 2 });
    values = [];
    for (const code of ['A', 'B']) values.push((await createDimensionValue(f.db, f.call, { dimensionId: dim.id, code, nameEn: code, nameAr: code })).id);
    const post = (date: string, account: string, amount: string, dept: string | null) => {
      const e = f.entry(date, [
        [account, amount],
        ['1110', amount.startsWith('-') ? amount.slice(1) : `-${amount}`],
      ]);
      if (dept) (e.lines[0] as { dimensions?: string[] }).dimensions = [dept];
      return postNewEntry(f.db, f.call, e);
    };
    await post('2026-01-10', '5300', '100.00', values[0] as string);
    await post('2026-01-20', '5300', '50.00', values[0] as string);
    await post('2026-03-05', '5300', '70.00', values[1] as string);
    await post('2026-03-06', '5300', '30.00', null);
    await post('2026-04-07', '5300', '20.00', null); // a line without a value in two months
    await post('2026-12-15', '4100', '-400.00', values[1] as string);
    await post('2026-02-01', '5300', '25.00', values[0] as string);
    await post('2026-02-02', '5300', '-25.00', values[0] as string); // a line that nets to zero in its month
    await post('2025-12-31', '5300', '999.00', values[0] as string); // outside the months asked for
    await yearEndClose(f.db, f.call, { fiscalYear: 2026 });
  });
  afterAll(async () => f.close());

  it('gives the figures of actualsByMonth, one row per line, closing entries left out', async () => {
    for (const slot of [undefined, 1, 2] as const) {
      const accountIds = [f.account('5300'), f.account('4100')];
      const cells = await actualsByMonth(f.db, { accountIds, fromMonth: months[0] as string, toMonth: months[11] as string, dimensionSlot: slot });
      const lines = await actualsByLine(f.db, { accountIds, months, dimensionSlot: slot });
      const fromCells = new Map<string, bigint[]>();
      for (const c of cells) {
        const key = `${c.accountId}|${c.dimensionValueId}`;
        const l = fromCells.get(key) ?? months.map(() => 0n);
        l[months.indexOf(c.month)] += c.base;
        fromCells.set(key, l);
      }
      const fromLines = new Map(lines.map((l) => [`${l.accountId}|${l.dimensionValueId}`, l.base]));
      expect(fromLines).toEqual(fromCells);
    }
    const bySlot2 = await actualsByLine(f.db, { months, dimensionSlot: 2 });
    const expense = (dv: string) => bySlot2.find((l) => l.accountId === f.account('5300') && l.dimensionValueId === dv)?.base;
    expect(expense(values[0] as string)).toEqual([15000n, 0n, ...months.slice(2).map(() => 0n)]);
    expect(expense(values[1] as string)?.[2]).toBe(7000n);
    expect(expense('')).toEqual([0n, 0n, 3000n, 2000n, ...months.slice(4).map(() => 0n)]);
    // the year-end closing entry is left out: December shows the income, not its closing
    expect(bySlot2.find((l) => l.accountId === f.account('4100'))?.base[11]).toBe(-40000n);
    expect(await actualsByLine(f.db, { accountIds: [], months })).toEqual([]);
  });
});
