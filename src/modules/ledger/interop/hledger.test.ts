import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../../test/dialects.ts';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { listRates } from '../exchange-rates.repository.ts';
import { countRows, type LedgerFixture, ledgerFixture } from '../ledger.fixture.ts';
import { trialBalance } from '../trial-balance.ts';
import { verifyLedger } from '../verify-ledger.ts';
import { exportHledger } from './export-hledger.ts';
import { chartPaths } from './hledger-accounts.ts';
import { parseAmount } from './hledger-amount.ts';
import { HledgerParser } from './hledger-parse.ts';
import { importHledger } from './import-hledger.ts';

const JOURNAL = `; A small company's books, partly in Arabic
account assets:bank:checking
account الأصول:الصندوق  ; cash box

2026-01-02 * (INV-1) Opening balance
    assets:bank:checking        SAR 10,000.00
    equity:opening balances

2026/01/05 ! Rent for January  ; paid by transfer
    expenses:rent                 2,500.00 SAR
    assets:bank:checking         -2,500.00 SAR

2026-01-07 Petty cash
    الأصول:الصندوق               500 SAR  ; سلفة
    assets:bank:checking

2026-01-09 * Dinner in Dubai
    expenses:travel:meals        $100.00 @@ 375.00 SAR
    liabilities:credit card      -$100.00 @ 3.75 SAR

2026-01-10 * Supplies
    المصروفات:اللوازم المكتبية     120.50
    الأصول:الصندوق

2026-01-12 * قرض من البنك
    الأصول:الصندوق      ١٠٠٠ SAR
    الالتزامات:قرض بنكي

comment
2026-01-11 this is not a transaction
end comment
`;

/** The trial balance keyed by account path and currency, the way hledger bal --flat reads. */
async function balances(db: CompanyDb) {
  const tb = await trialBalance(db, '2026-12-31', 'SAR');
  const { pathOf } = await chartPaths(db);
  return Object.fromEntries(tb.rows.map((r) => [`${pathOf.get(r.accountId)} ${r.currency}`, `${r.balance} / ${r.baseBalance}`]));
}

describe('hledger amounts', () => {
  it('reads commodities before and after, symbols, signs and thousands separators', () => {
    expect(parseAmount('$10.00')).toEqual({ commodity: '$', quantity: '10.00' });
    expect(parseAmount('-$1,000.50')).toEqual({ commodity: '$', quantity: '-1000.50' });
    expect(parseAmount('$-3')).toEqual({ commodity: '$', quantity: '-3' });
    expect(parseAmount('USD 10.00')).toEqual({ commodity: 'USD', quantity: '10.00' });
    expect(parseAmount('10.00 USD')).toEqual({ commodity: 'USD', quantity: '10.00' });
    expect(parseAmount('1.234.567,89 EUR')).toEqual({ commodity: 'EUR', quantity: '1234567.89' });
    expect(parseAmount('"ر.س" 12.5')).toEqual({ commodity: 'ر.س', quantity: '12.5' });
    expect(parseAmount('1,00,0')).toHaveProperty('error');
  });

  it('names the line of anything it cannot read', () => {
    const p = new HledgerParser();
    const text = '2026-01-01 x\n  a  1\n  b\n  c\n\n2026-13-01 bad\n  a  1\n\ninclude other.journal\n2026-01-02 y\n  (virtual)  1\n  b  -1\n';
    const errors = text
      .split('\n')
      .flatMap((l, i) => p.feed(l, i + 1))
      .filter((x) => x.kind === 'error');
    expect(errors).toEqual([
      { kind: 'error', line: 4, code: 'ledger.hledger_one_elided', reason: 'only one posting of a transaction may leave out its amount' },
      { kind: 'error', line: 6, code: 'ledger.hledger_bad_date', params: { text: '2026-13-01' }, reason: '2026-13-01 is not a calendar date' },
      { kind: 'error', line: 7, code: 'ledger.hledger_indented_outside', reason: 'an indented line outside a transaction' },
      {
        kind: 'error',
        line: 9,
        code: 'ledger.hledger_unsupported',
        params: { word: 'include' },
        reason: '"include" is not supported (transactions, account directives, P prices and comments are)',
      },
      { kind: 'error', line: 11, code: 'ledger.hledger_virtual', reason: 'virtual postings, (account) or [account], are not supported' },
    ]);
  });
});

describe.each(DIALECTS)('hledger import and export on %s', (dialect) => {
  let a: LedgerFixture;
  let b: LedgerFixture;
  let dir: string;
  beforeAll(async () => {
    a = await ledgerFixture(dialect);
    b = await ledgerFixture(dialect);
    dir = mkdtempSync(join(tmpdir(), 'kawalis-hledger-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await a.close();
    await b.close();
  });

  it('refuses a journal it cannot post, naming each line, and creates nothing', async () => {
    const path = join(dir, 'bad.journal');
    writeFileSync(path, '2026-01-02 x\n    assets:a  10 SAR\n    assets:b  -9 SAR\n\n2026-01-03 y\n    stuff:a  1 AAPL\n    assets:b\n');
    const r = await importHledger(a.db, a.call, path);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([
      expect.objectContaining({ row: 1, column: 'amount', code: 'ledger.hledger_unbalanced', reason: 'does not balance: SAR: debits 10.00 ≠ credits 9.00' }),
      expect.objectContaining({ row: 6, column: 'amount', reason: '"AAPL" is not a currency Kawalis knows (ISO 4217 codes, $, €, £)' }),
      expect.objectContaining({ row: 6, column: 'account', code: 'ledger.hledger_account_type', params: { name: 'stuff' } }),
    ]);
    expect(await countRows(a.db, 'ledger_entry')).toBe(0);
  });

  it('imports a hand-written journal with Arabic accounts, creating the accounts from their paths', async () => {
    const path = join(dir, 'books.journal');
    writeFileSync(path, JOURNAL);
    const r = await importHledger(a.db, a.call, path);
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ ok: true, entries: 6, posted: 6 });
    expect(await balances(a.db)).toEqual({
      'assets:bank:checking SAR': '7000.00 / 7000.00',
      'equity:opening balances SAR': '-10000.00 / -10000.00',
      'expenses:rent SAR': '2500.00 / 2500.00',
      'expenses:travel:meals USD': '100.00 / 375.00',
      'liabilities:credit card USD': '-100.00 / -375.00',
      // Arabic paths match the default chart's Arabic names (الأصول is Assets, اللوازم المكتبية is 5600)
      'Assets:الصندوق SAR': '1379.50 / 1379.50',
      'Expenses:Office supplies SAR': '120.50 / 120.50',
      'الالتزامات:قرض بنكي SAR': '-1000.00 / -1000.00',
    });
    const { byPath } = await chartPaths(a.db);
    expect(byPath.get('المصروفات')?.code).toBe('5');
    expect(byPath.get('الالتزامات')).toMatchObject({ type: 'liability', postable: 0n });
    expect(byPath.get('الأصول:الصندوق')).toMatchObject({ type: 'asset', postable: 1n, name_ar: 'الصندوق' });
    expect((await verifyLedger(a.db)).ok).toBe(true);
  });

  it('round-trips: import → export → import into another company gives the same trial balance', async () => {
    let text = '';
    await exportHledger(a.db, a.call, (t) => {
      text += t;
    });
    expect(text).toContain('2026-01-02 * (INV-1) Opening balance  ; GEN/2026/000001');
    expect(text).toContain('    expenses:travel:meals  100.00 USD @@ 375.00 SAR');
    const path = join(dir, 'export.journal');
    writeFileSync(path, text);
    const r = await importHledger(b.db, b.call, path);
    expect(r.errors).toEqual([]);
    expect(await balances(b.db)).toEqual(await balances(a.db));
    let again = '';
    await exportHledger(b.db, b.call, (t) => {
      again += t;
    });
    const body = (s: string) => s.replace(/ {2}; [A-Z]+\/\d+\/\d+/g, '');
    expect(body(again)).toBe(body(readFileSync(path, 'utf8')));
  });

  it("takes the dated rate (or the file's P price) for a foreign amount without @, and infers a priced posting's balance in the base currency", async () => {
    const c = await ledgerFixture(dialect);
    try {
      const path = join(dir, 'rates.journal');
      writeFileSync(
        path,
        [
          '2026-02-01 Dollars bought',
          '    assets:usd cash   USD 100 @ SAR 3.75',
          '    assets:bank',
          '',
          '2026-02-10 Fee at the rate of the day',
          '    expenses:bank fees   USD 10',
          '    assets:usd cash',
          '',
          'P 2026-02-05 USD 3.80 SAR',
          '',
        ].join('\n'),
      );
      const r = await importHledger(c.db, c.call, path);
      expect(r.errors).toEqual([]);
      expect(r).toMatchObject({ ok: true, entries: 2, posted: 2 });
      expect(await balances(c.db)).toEqual({
        'assets:usd cash USD': '90.00 / 337.00',
        'assets:bank SAR': '-375.00 / -375.00',
        'expenses:bank fees USD': '10.00 / 38.00',
        // hledger's --infer-equity accounts keep each currency balanced, as every Kawalis entry is.
        'equity:conversion:SAR-USD:USD USD': '-100.00 / -375.00',
        'equity:conversion:SAR-USD:SAR SAR': '375.00 / 375.00',
      });
      const rates = await listRates(c.db, { currency: 'USD', limit: 10 });
      expect(rates.map((x) => [x.date, x.rate, x.source])).toEqual([['2026-02-05', '3.80', 'hledger']]);
      expect((await verifyLedger(c.db)).ok).toBe(true);
    } finally {
      await c.close();
    }
  });

  it('refuses a foreign amount without @ when no rate is in force on its date, naming the line, and imports nothing', async () => {
    const c = await ledgerFixture(dialect);
    try {
      const path = join(dir, 'norate.journal');
      writeFileSync(path, '2026-01-02 x\n    expenses:fees  EUR 10\n    assets:eur cash\n\nP 2026-03-01 EUR 4.10 SAR\n');
      const r = await importHledger(c.db, c.call, path);
      expect(r.ok).toBe(false);
      expect(r.errors).toEqual([
        expect.objectContaining({ row: 2, column: 'amount', code: 'ledger.no_rate', params: { currency: 'EUR', date: '2026-01-02', base: 'SAR' } }),
        expect.objectContaining({ row: 3, column: 'amount', code: 'ledger.no_rate' }),
      ]);
      expect(await countRows(c.db, 'ledger_entry')).toBe(0);
      expect(await listRates(c.db, { limit: 10 })).toEqual([]);
    } finally {
      await c.close();
    }
  });
});
