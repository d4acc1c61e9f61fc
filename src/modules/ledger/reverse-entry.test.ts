import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { closePeriod } from './close-period.ts';
import { createDraft } from './create-draft.ts';
import { loadEntryView } from './entry-view.ts';
import { countRows, type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { findPeriodOn } from './periods.repository.ts';
import { postNewEntry } from './post-new-entry.ts';
import { reverseEntry } from './reverse-entry.ts';
import { trialBalance } from './trial-balance.ts';
import { verifyLedger } from './verify-ledger.ts';

describe.each(DIALECTS)('reversal on %s', (dialect) => {
  let f: LedgerFixture;
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
  });
  afterAll(async () => f.close());

  it('posts the mirror on the chosen date, linked both ways, and only once', async () => {
    const { entry } = await postNewEntry(
      f.db,
      f.call,
      f.entry(
        '2026-01-05',
        [
          ['5300', '120.00'],
          ['1130', '-120.00'],
        ],
        { reference: 'INV-7' },
      ),
    );
    const reversal = await reverseEntry(f.db, f.call, entry.id, { date: '2026-02-01' });
    expect(reversal).toMatchObject({
      status: 'posted',
      date: '2026-02-01',
      number: 'GEN/2026/000002',
      reversesEntryId: entry.id,
      memo: 'Reversal of GEN/2026/000001',
    });
    expect(reversal.lines.map((l) => l.amount)).toEqual(['-120.00', '120.00']);
    expect((await loadEntryView(f.db, entry.id, 'SAR')).reversedByEntryId).toBe(reversal.id);
    expect((await trialBalance(f.db, '2026-01-31', 'SAR')).rows).toHaveLength(2);
    expect((await trialBalance(f.db, '2026-02-28', 'SAR')).rows).toHaveLength(0);
    const entries = await countRows(f.db, 'ledger_entry');
    await expect(reverseEntry(f.db, f.call, entry.id, { date: '2026-02-02' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await countRows(f.db, 'ledger_entry')).toBe(entries);
    expect((await verifyLedger(f.db)).ok).toBe(true);
  });

  it('two reversals at once: one wins, the other is a CONFLICT', async () => {
    const { entry } = await postNewEntry(
      f.db,
      f.call,
      f.entry('2026-01-06', [
        ['5300', '1.00'],
        ['1130', '-1.00'],
      ]),
    );
    const results = await Promise.allSettled([
      reverseEntry(f.db, f.call, entry.id, { date: '2026-02-03' }),
      reverseEntry(f.db, f.call, entry.id, { date: '2026-02-03' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
  });

  it('refuses to reverse a draft or into a closed period', async () => {
    const draft = await createDraft(
      f.db,
      f.call,
      f.entry('2026-01-07', [
        ['5300', '1'],
        ['1130', '-1'],
      ]),
    );
    await expect(reverseEntry(f.db, f.call, draft.id, { date: '2026-02-01' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const { entry } = await postNewEntry(
      f.db,
      f.call,
      f.entry('2026-01-08', [
        ['5300', '1'],
        ['1130', '-1'],
      ]),
    );
    await closePeriod(f.db, f.call, (await findPeriodOn(f.db, '2026-03-01'))?.id as string);
    await expect(reverseEntry(f.db, f.call, entry.id, { date: '2026-03-15' })).rejects.toMatchObject({ code: 'PERIOD_LOCKED' });
    await expect(reverseEntry(f.db, f.call, '01a00000-0000-7000-8000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
