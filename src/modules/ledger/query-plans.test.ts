import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPlatformSql, unboundedReads } from '../../../test/query-plans.ts';
import { actualsByLine, actualsByMonth } from './actuals-by-month.ts';
import { createDraft } from './create-draft.ts';
import { importEntriesCsv } from './import/import-entries-csv.ts';
import { type LedgerFixture, ledgerFixture, TWO_MARCH_ENTRIES, writeEntriesCsv } from './ledger.fixture.ts';
import { accountLinesToMatch, linesForMatching } from './lines-for-matching.ts';
import { listEntries } from './list-entries.ts';
import { postEntry } from './post-entry.ts';
import { postNewEntries, postNewEntry } from './post-new-entry.ts';
import { accountChecks } from './reports/account-checks.ts';
import { accountRegister } from './reports/account-register.ts';
import { balanceSheet } from './reports/balance-sheet.ts';
import { incomeStatement } from './reports/income-statement.ts';
import { listLines } from './reports/list-lines.ts';
import { monthlyTrend } from './reports/monthly-trend.ts';
import { trialBalanceReport } from './reports/trial-balance-report.ts';
import { reverseEntry } from './reverse-entry.ts';
import { trialBalance } from './trial-balance.ts';

/**
 * The tables that grow with every posting. A statement that reads one of them whole, or through an
 * index by company alone (every row of the company), costs more the bigger the ledger: at a million
 * entries that turned the draft→posted flip quadratic once (`id IN (…)` planned on
 * `ledger_entry_list (company_id=?)`). Day balances are O(accounts × days) and count as growing too.
 * Month balances (`ledger_balance`, O(accounts × months)) may be read whole: that is what the
 * maintained balances are for.
 */
const GROWING = new Set(['ledger_entry', 'ledger_line', 'ledger_balance_day']);

const NEWEST_FIRST_PAGE = /order by "ledger_entry"\."date" desc, "ledger_entry"\."created_at" desc limit \? offset \?$/;

/** SQLite's plans do not depend on the amount of data here (no ANALYZE statistics), so a small ledger shows the plans of a large one. */
describe('query plans of the posting and report paths (SQLite)', () => {
  let f: LedgerFixture;
  let dir: string;
  let recorder: ReturnType<typeof recordPlatformSql>;

  beforeAll(async () => {
    f = await ledgerFixture('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'kawalis-plans-'));
    recorder = recordPlatformSql(f.ctx.p);
  });
  afterAll(async () => {
    recorder.restore();
    rmSync(dir, { recursive: true, force: true });
    await f.close();
  });

  it('no statement of posting, reversing, importing or reporting reads a growing table whole or by company alone', async () => {
    const e = (date: string, amount: string) =>
      f.entry(date, [
        ['5300', amount],
        ['1130', `-${amount}`],
      ]);
    const first = await postNewEntry(f.db, f.call, e('2026-01-05', '120.00'), { idempotencyKey: 'plan-1' });
    await postNewEntry(f.db, f.call, e('2026-01-05', '120.00'), { idempotencyKey: 'plan-1' });
    const group = await postNewEntries(f.db, [
      { call: f.call, input: e('2026-01-06', '10.00') },
      { call: f.call, input: e('2026-01-07', '20.00'), idempotencyKey: 'plan-2' },
      { call: f.call, input: e('2026-02-01', '30.00') },
    ]);
    expect(group.every((o) => o.ok)).toBe(true);
    const draft = await createDraft(f.db, f.call, e('2026-02-03', '5.00'));
    await postEntry(f.db, f.call, draft.id);
    await reverseEntry(f.db, f.call, first.entry.id, { date: '2026-02-10' });
    expect((await importEntriesCsv(f.db, f.call, writeEntriesCsv(dir, TWO_MARCH_ENTRIES))).ok).toBe(true);

    const bank = f.account('1130');
    await trialBalance(f.db, '2026-03-31', 'SAR');
    await trialBalanceReport(f.db, { to: '2026-03-15' }, 'SAR');
    await trialBalanceReport(f.db, { from: '2026-02-10', to: '2026-03-15' }, 'SAR');
    await balanceSheet(f.db, { asOf: '2026-03-15' }, { baseCurrency: 'SAR', fiscalYearStartMonth: 1 });
    await balanceSheet(f.db, { asOf: '2026-03-15', currency: 'SAR' }, { baseCurrency: 'SAR', fiscalYearStartMonth: 1 });
    await incomeStatement(f.db, { from: '2026-01-10', to: '2026-03-20' }, 'SAR');
    await monthlyTrend(f.db, { to: '2026-03', months: 36, types: ['income', 'expense'] }, 'SAR');
    await accountRegister(f.db, { accountId: bank, page: 1, pageSize: 50 } as never, 'SAR');
    await accountRegister(f.db, { accountId: bank, currency: 'SAR', from: '2026-01-01', to: '2026-03-31', page: 1, pageSize: 50 } as never, 'SAR');
    await listLines(f.db, { accountId: [bank], from: '2026-01-01', to: '2026-03-31', page: 1, pageSize: 50 } as never, 'SAR');
    await linesForMatching(f.db, { accountId: bank, currency: 'SAR', from: '2026-01-01', to: '2026-03-31' } as never);
    await accountLinesToMatch(f.db, { accountId: bank, currency: 'SAR', from: '2026-01-01', to: '2026-03-31' });
    await actualsByMonth(f.db, { accountIds: [f.account('5300')], fromMonth: '2026-01', toMonth: '2026-12' });
    await actualsByLine(f.db, { accountIds: [f.account('5300')], months: ['2026-01', '2026-02', '2026-03'] });
    await accountChecks(
      f.db,
      { asOf: '2026-03-31', draftDays: 30, largeAmount: '10000', idleDays: 365 },
      { baseCurrency: 'SAR', now: new Date('2026-04-01T00:00:00Z') },
    );

    const page = { limit: 50, offset: 0 };
    await listEntries(f.db, {}, page);
    await listEntries(f.db, { status: 'draft' }, page);
    await listEntries(f.db, { status: 'posted' }, page);
    await listEntries(f.db, { journalId: f.journal('GEN') }, page);
    await listEntries(f.db, { journalId: f.journal('GEN'), status: 'draft' }, page);
    await listEntries(f.db, { from: '2026-02-01', to: '2026-02-28' }, page);
    await listEntries(f.db, { accountId: bank, from: '2026-02-01', to: '2026-02-28' }, page);

    const offending = unboundedReads(
      recorder.raw,
      recorder.seen,
      GROWING,
      (read) =>
        // The drafts' own index holds drafts only: reading it all costs the number of drafts.
        read.row.includes('INDEX ledger_entry_drafts ') ||
        // The entries list, newest first, a page at a time: the walk down `ledger_entry_list` stops after
        // the page (and the entries of its last date). Filtered by a journal that holds few of the
        // company's entries it walks further (no journal-and-date index: every posting would pay for it).
        (NEWEST_FIRST_PAGE.test(read.source) && read.row.includes('INDEX ledger_entry_list ')),
    );
    expect(recorder.seen.size).toBeGreaterThan(30);
    expect(offending, offending.join('\n')).toEqual([]);
  });
});
