// The platform (and its module list) loads first: importing the ledger's index first would enter its import cycle from the wrong end.
import '../../../test/app-fixture.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { accountLinesToMatch, linesForMatching, postNewEntry } from '../ledger/index.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';
import { typed } from './banking.tables.ts';
import { importStatementFile } from './import-statement-file.ts';
import { mt940Statement } from './matching.fixture.ts';
import { unmatchedLinesForMatching } from './matching.repository.ts';
import { bankText, ledgerText } from './propose-matches.ts';

/**
 * The matcher's reads join each line's searchable text in SQL; the engine must see the same text as
 * `bankText` / `ledgerText` build from the full rows (empty and missing parts left out), and the
 * ledger read the same lines, in the same order, as `linesForMatching`.
 */
describe.each(DIALECTS)('the matcher reads on %s', (dialect) => {
  let f: BankingFixture;
  let accountId: string;

  beforeAll(async () => {
    f = await bankingFixture(dialect);
    const journalId = await f.journal('BNK');
    accountId = await f.addBankAccount();
    await importStatementFile(f.db, f.call, {
      bankAccountId: accountId,
      fileName: 'march.sta',
      contentBase64: mt940Statement(
        'MAR',
        ['240229', '0.00'],
        [
          ['240305', '1000.00', 'L1', 'Transfer from ACME'],
          ['240310', '-250.00', 'L2', 'Payment INV-2041 Supplier'],
          ['240310', '-250.00', 'L3', 'Payment INV-2041 Supplier'],
          ['240320', '-30.00', 'L4', 'Fee ß ÉCU 😀 end'],
        ],
        ['240331', '470.00'],
      ),
    });
    const entries: { date: string; amount: string; reference?: string; memo?: string; lineMemo?: string }[] = [
      { date: '2024-03-03', amount: '1000.00' },
      { date: '2024-03-10', amount: '-250.00', reference: 'INV-2041', memo: 'Supplier invoice', lineMemo: 'line memo' },
      { date: '2024-03-10', amount: '-250.00', reference: '', memo: '', lineMemo: '' },
      { date: '2024-03-21', amount: '-30.00', memo: 'Fee 😀 ß', lineMemo: 'Ünïcode' },
    ];
    for (const e of entries) {
      const size = e.amount.replace('-', '');
      const bankSide = e.amount.startsWith('-') ? { credit: size } : { debit: size };
      const other = e.amount.startsWith('-') ? { debit: size } : { credit: size };
      await postNewEntry(f.db, f.call, {
        journalId,
        date: e.date,
        ...(e.reference !== undefined ? { reference: e.reference } : {}),
        ...(e.memo !== undefined ? { memo: e.memo } : {}),
        lines: [
          { accountId: f.ledgerAccount('1130'), currency: 'SAR', ...bankSide, ...(e.lineMemo !== undefined ? { memo: e.lineMemo } : {}) },
          { accountId: f.ledgerAccount('4200'), currency: 'SAR', ...other },
        ],
      });
    }
  });
  afterAll(async () => f.ctx.close());

  it('statement lines: the search text is bankText of the full line, in date order', async () => {
    const read = await unmatchedLinesForMatching(f.db, accountId);
    const full = await typed(f.db).selectFrom('bank_line').selectAll().where('bank_account_id', '=', accountId).orderBy('booking_date').orderBy('id').execute();
    expect(read.map((b) => b.id)).toEqual(full.map((b) => b.id));
    expect(read.map((b) => b.search)).toEqual(full.map((b) => bankText(b)));
    expect(read.map((b) => [String(b.booking_date), BigInt(b.amount)])).toEqual(full.map((b) => [String(b.booking_date), BigInt(b.amount)]));
    expect(read.some((b) => b.search.includes('😀'))).toBe(true);
  });

  it('ledger lines: the same lines, dates and amounts as linesForMatching, the text its ledgerText', async () => {
    const q = { accountId: f.ledgerAccount('1130'), currency: 'SAR', from: '2024-03-01', to: '2024-03-31' };
    const read = await accountLinesToMatch(f.db, q);
    const full = await linesForMatching(f.db, q);
    expect(full).toHaveLength(4);
    expect(read).toEqual(full.map((l) => ({ lineId: l.lineId, date: l.date, amount: l.amount, text: ledgerText(l) })));
    expect(typeof read[0].amount).toBe('bigint');
    expect(read.map((l) => l.text)).toContainEqual(expect.stringContaining('INV-2041 Supplier invoice line memo'));
  });
});
