import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { closePeriod } from './close-period.ts';
import { createDraft } from './create-draft.ts';
import { countRows, type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { findPeriodOn } from './periods.repository.ts';
import { postEntry } from './post-entry.ts';
import { postNewEntry } from './post-new-entry.ts';
import { setLockDate } from './set-lock-date.ts';
import { trialBalance } from './trial-balance.ts';
import { updateAccount } from './update-account.ts';
import { verifyLedger } from './verify-ledger.ts';

describe.each(DIALECTS)('posting on %s', (dialect) => {
  let f: LedgerFixture;
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
  });
  afterAll(async () => f.close());

  it('posts a balanced entry: numbered, chained, in the balances and the trial balance', async () => {
    const { entry } = await postNewEntry(
      f.db,
      f.call,
      f.entry(
        '2026-01-10',
        [
          ['1130', '1000.00'],
          ['3100', '-1000.00'],
        ],
        { memo: 'Capital' },
      ),
    );
    expect(entry.status).toBe('posted');
    expect(entry.number).toBe('GEN/2026/000001');
    expect(entry.prevHash).toBe('0'.repeat(64));
    expect(entry.lines.map((l) => [l.accountCode, l.amount, l.debit, l.credit])).toEqual([
      ['1130', '1000.00', '1000.00', null],
      ['3100', '-1000.00', null, '1000.00'],
    ]);
    const second = await postNewEntry(
      f.db,
      f.call,
      f.entry('2026-01-11', [
        ['5300', '250.50'],
        ['1130', '-250.50'],
      ]),
    );
    expect(second.entry.number).toBe('GEN/2026/000002');
    expect(second.entry.prevHash).toBe(entry.hash);
    const tb = await trialBalance(f.db, '2026-01-31', 'SAR');
    expect(tb.rows.map((r) => [r.code, r.balance])).toEqual([
      ['1130', '749.50'],
      ['3100', '-1000.00'],
      ['5300', '250.50'],
    ]);
    expect(tb.totals).toEqual([{ currency: 'SAR', balance: '0.00' }]);
    expect((await trialBalance(f.db, '2026-01-10', 'SAR')).rows).toHaveLength(2);
    expect((await verifyLedger(f.db)).ok).toBe(true);
  });

  it('refuses an unbalanced entry naming the currency, and writes nothing', async () => {
    const before = await Promise.all([countRows(f.db, 'ledger_entry'), countRows(f.db, 'ledger_line'), countRows(f.db, 'ledger_balance')]);
    await expect(
      postNewEntry(
        f.db,
        f.call,
        f.entry('2026-01-12', [
          ['5300', '100'],
          ['1130', '-90'],
        ]),
      ),
    ).rejects.toMatchObject({
      code: 'UNBALANCED',
      details: [expect.objectContaining({ currency: 'SAR', debit: '100.00', credit: '90.00', difference: '10.00' })],
    });
    expect(await Promise.all([countRows(f.db, 'ledger_entry'), countRows(f.db, 'ledger_line'), countRows(f.db, 'ledger_balance')])).toEqual(before);
  });

  it('names the line at fault: grouping account, archived, too many decimals, one line only', async () => {
    await expect(
      postNewEntry(
        f.db,
        f.call,
        f.entry('2026-01-12', [
          ['5300', '10'],
          ['1', '-10'],
        ]),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'lines.1.accountId', message: expect.stringContaining('groups other accounts') }],
    });
    await expect(
      postNewEntry(
        f.db,
        f.call,
        f.entry('2026-01-12', [
          ['5300', '10.001'],
          ['1130', '-10.001'],
        ]),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'lines.0.debit' }, { path: 'lines.1.credit' }],
    });
    await expect(postNewEntry(f.db, f.call, f.entry('2026-01-12', [['5300', '10']]))).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'lines' }],
    });
    await updateAccount(f.db, f.call, f.account('1140'), { currency: 'USD' });
    await expect(
      postNewEntry(
        f.db,
        f.call,
        f.entry('2026-01-12', [
          ['5300', '10'],
          ['1140', '-10'],
        ]),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'lines.1.currency', message: 'Account 1140 takes only USD' }],
    });
  });

  it('balances per currency and in the base currency, with a rate or a base amount', async () => {
    const usd = (
      await postNewEntry(f.db, f.call, {
        journalId: f.journal('BNK'),
        date: '2026-01-15',
        lines: [
          { accountId: f.account('1140'), debit: '100.00', currency: 'USD', rate: '3.75' },
          { accountId: f.account('4200'), credit: '375.00' },
          { accountId: f.account('1900'), debit: '375.00' },
          { accountId: f.account('1900'), credit: '100.00', currency: 'USD', baseAmount: '375.00' },
        ],
      })
    ).entry;
    expect(usd.number).toBe('BNK/2026/000001');
    expect(usd.lines[0]).toMatchObject({ currency: 'USD', amount: '100.00', baseAmount: '375.00', rate: '3.75' });
    expect(usd.lines[3]).toMatchObject({ rate: '3.75' });
    await expect(
      postNewEntry(f.db, f.call, {
        journalId: f.journal('BNK'),
        date: '2026-01-15',
        lines: [
          { accountId: f.account('1140'), debit: '100.00', currency: 'USD', rate: '3.75' },
          { accountId: f.account('4200'), credit: '370.00' },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'UNBALANCED',
      details: [
        { currency: 'SAR', base: false, difference: '-370.00' },
        { currency: 'USD', base: false, difference: '100.00' },
        { currency: 'SAR', base: true, difference: '5.00' },
      ],
    });
    const tb = await trialBalance(f.db, '2026-12-31', 'SAR');
    expect(tb.totals.map((t) => t.balance)).toEqual(['0.00', '0.00']);
    expect(tb.baseTotal).toBe('0.00');
  });

  it('refuses a closed period and a date on or before the lock date, with PERIOD_LOCKED', async () => {
    await postNewEntry(
      f.db,
      f.call,
      f.entry('2026-02-03', [
        ['5300', '1'],
        ['1130', '-1'],
      ]),
    );
    const feb = await findPeriodOn(f.db, '2026-02-03');
    await closePeriod(f.db, f.call, feb?.id as string);
    const draft = await createDraft(
      f.db,
      f.call,
      f.entry('2026-02-10', [
        ['5300', '5'],
        ['1130', '-5'],
      ]),
    );
    const before = await countRows(f.db, 'ledger_line');
    await expect(postEntry(f.db, f.call, draft.id)).rejects.toMatchObject({ code: 'PERIOD_LOCKED' });
    await setLockDate(f.db, f.call, '2026-01-15');
    await expect(
      postNewEntry(
        f.db,
        f.call,
        f.entry('2026-01-15', [
          ['5300', '1'],
          ['1130', '-1'],
        ]),
      ),
    ).rejects.toMatchObject({
      code: 'PERIOD_LOCKED',
      details: { lockDate: '2026-01-15' },
    });
    expect(await countRows(f.db, 'ledger_line')).toBe(before);
    const ok = await postNewEntry(
      f.db,
      f.call,
      f.entry('2026-01-16', [
        ['5300', '1'],
        ['1130', '-1'],
      ]),
    );
    expect(ok.entry.status).toBe('posted');
    expect((await verifyLedger(f.db)).ok).toBe(true);
  });
});
