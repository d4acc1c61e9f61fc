import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../../test/dialects.ts';
import { countRows, type LedgerFixture, ledgerFixture } from '../ledger.fixture.ts';
import { trialBalance } from '../trial-balance.ts';
import { verifyLedger } from '../verify-ledger.ts';
import { CsvSyntaxError } from './csv-records.ts';
import { importEntriesCsv } from './import-entries-csv.ts';

const HEADER = 'entry_key,date,journal,memo,reference,account,debit,credit,currency,base_amount,rate,line_memo';

describe.each(DIALECTS)('CSV import of entries on %s', (dialect) => {
  let f: LedgerFixture;
  let dir: string;
  const file = (name: string, rows: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${[HEADER, ...rows].join('\n')}\n`);
    return path;
  };
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
    dir = mkdtempSync(join(tmpdir(), 'kawalis-import-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await f.close();
  });

  it('refuses a file with any bad row, reporting every error by row and column, and posts nothing', async () => {
    const path = file('bad.csv', [
      'E1,2026-01-05,GEN,Rent,R-1,5300,100.00,,,,,',
      'E1,,,,,1130,,100.00,,,,',
      'E2,2026-02-30,GEN,,,5300,10.00,,,,,',
      'E2,,,,,9999,,10.00,,,,',
      'E3,2026-01-06,XXX,,,5300,1.234,,,,,',
      'E3,,,,,1130,,1.00,,,,',
      'E4,2026-01-07,GEN,,,5300,5.00,,USD,,,',
      'E4,2026-01-08,GEN,,,1130,,5.00,,,,',
      'E5,2026-01-07,GEN,,,5300,5.00,,,,,',
      'E5,,,,,1130,,4.00,,,,',
      'E1,2026-01-09,GEN,,,5300,1.00,,,,,',
      'E1,,,,,1130,,1.00,,,,',
    ]);
    const r = await importEntriesCsv(f.db, f.call, path);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 4, column: 'date', reason: 'a calendar date written YYYY-MM-DD' }),
        expect.objectContaining({ row: 5, column: 'account', reason: 'no account 9999' }),
        expect.objectContaining({ row: 6, column: 'journal', reason: 'no journal XXX' }),
        expect.objectContaining({ row: 6, column: 'debit', reason: '"1.234" has more than 2 decimal places' }),
        expect.objectContaining({ row: 8, column: 'rate', reason: expect.stringMatching(/USD.*rate or a base amount in SAR/) }),
        expect.objectContaining({ row: 9, column: 'date', reason: 'differs from row 8 of the same entry' }),
        expect.objectContaining({ row: 10, column: 'debit,credit', reason: 'SAR: debits 5.00 ≠ credits 4.00' }),
        expect.objectContaining({ row: 12, column: 'entry_key' }),
        expect.objectContaining({ row: 5, code: 'ledger.import_no_account', params: { account: '9999' } }),
      ]),
    );
    expect(r.errorCount).toBe(r.errors.length);
    expect(await countRows(f.db, 'ledger_entry')).toBe(0);
  });

  it('posts a clean file in batches, resumes without duplicates, and the ledger verifies', async () => {
    const rows: string[] = [];
    for (let i = 1; i <= 25; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      rows.push(`K${i},2026-01-${day},GEN,"Entry, ${i}",REF-${i},5300,${i}.50,,,,,`);
      rows.push(`K${i},,,,,1130,,${i}.00,,,,bank`);
      rows.push(`K${i},,,,,1110,,0.50,,,,"cash ""petty"""`);
    }
    rows.push('FX1,2026-01-10,GEN,Foreign,,5300,10.00,,USD,37.50,,', 'FX1,,,,,1130,,10.00,USD,,3.75,');
    const path = file('good.csv', rows);
    const seen: string[] = [];
    const r = await importEntriesCsv(f.db, f.call, path, { batchSize: 10, onProgress: (p) => seen.push(p.phase) });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ ok: true, entries: 26, posted: 26, skipped: 0, rows: 78 });
    expect(r.ranges).toEqual([{ journal: 'GEN', fiscalYear: 2026, from: 'GEN/2026/000001', to: 'GEN/2026/000026' }]);
    expect(seen).toContain('done');
    expect((await verifyLedger(f.db)).ok).toBe(true);
    const tb = await trialBalance(f.db, '2026-01-31', 'SAR');
    expect(tb.rows.find((x) => x.code === '1110')?.balance).toBe('-12.50');
    expect(tb.rows.find((x) => x.code === '1130' && x.currency === 'USD')).toMatchObject({ balance: '-10.00', baseBalance: '-37.50' });
    const events = await f.ctx.t.db.selectFrom('audit_event').select('summary').where('action', '=', 'ledger.entries.imported').execute();
    expect(events).toHaveLength(3);
    const again = await importEntriesCsv(f.db, f.call, path, { batchSize: 10 });
    expect(again).toMatchObject({ ok: true, posted: 0, skipped: 26 });
    expect(await countRows(f.db, 'ledger_entry')).toBe(26);
    expect((await verifyLedger(f.db)).ok).toBe(true);
  });

  it('gives the same answers when a worker thread parses the file: the refusal, the posting, a syntax error', async () => {
    const bad = file('bad-w.csv', [
      'W1,2026-01-05,GEN,,,5300,1.00,,,,,',
      'W1,,,,,9999,,1.00,,,,',
      'W2,2026-13-01,GEN,,,5300,1.00,,,,,',
      'W2,,,,,1130,,1.00,,,,',
    ]);
    const inline = await importEntriesCsv(f.db, f.call, bad, { inWorker: false });
    const threaded = await importEntriesCsv(f.db, f.call, bad, { inWorker: true });
    expect(threaded).toEqual(inline);
    expect(threaded.errorCount).toBe(2);
    const before = await countRows(f.db, 'ledger_entry');
    const rows: string[] = [];
    for (let i = 1; i <= 23; i++)
      rows.push(`W${i},2026-02-${String((i % 28) + 1).padStart(2, '0')},GEN,w ${i},,5300,${i}.00,,,,,`, `W${i},,,,,1130,,${i}.00,,,,`);
    const seen: string[] = [];
    const r = await importEntriesCsv(f.db, f.call, file('good-w.csv', rows), { inWorker: true, batchSize: 5, onProgress: (p) => seen.push(p.phase) });
    expect(r).toMatchObject({ ok: true, entries: 23, posted: 23, skipped: 0, rows: 47 });
    expect(seen).toEqual(expect.arrayContaining(['posting', 'done']));
    expect(await countRows(f.db, 'ledger_entry')).toBe(before + 23);
    expect(await f.ctx.t.db.selectFrom('audit_event').select('id').where('action', '=', 'ledger.entries.imported').execute()).toHaveLength(3 + 5);
    expect((await verifyLedger(f.db)).ok).toBe(true);
    const broken = join(dir, 'broken.csv');
    writeFileSync(
      broken,
      `${HEADER}
B1,2026-01-05,GEN,"never closed,,5300,1.00,,,,,\n`,
    );
    await expect(importEntriesCsv(f.db, f.call, broken, { inWorker: true })).rejects.toBeInstanceOf(CsvSyntaxError);
  });

  it('names a missing column', async () => {
    const path = join(dir, 'cols.csv');
    writeFileSync(path, 'entry_key,date,account,debit\nE,2026-01-01,5300,1\n');
    const r = await importEntriesCsv(f.db, f.call, path);
    expect(r.errors[0]).toEqual({
      row: 1,
      column: 'journal,credit',
      reason: 'missing column(s): journal, credit',
      code: 'ledger.import_missing_columns',
      params: { columns: 'journal, credit' },
    });
  });
});
