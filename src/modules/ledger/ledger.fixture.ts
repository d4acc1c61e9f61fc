import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../../test/app-fixture.ts';
import { cliActor } from '../../platform/auth/actor.ts';
import { createCompany } from '../../platform/companies/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { Dialect } from '../../platform/db/create-database.ts';
import { installDefaultChart } from './install-default-chart.ts';
import type { EntryInput } from './ledger.schemas.ts';
import type { LedgerCall } from './ledger-db.ts';
import { typed } from './ledger-db.ts';

/** Test helper: a migrated database with one company (SAR, calendar fiscal year) and the default chart. */
export interface LedgerFixture {
  ctx: TestApp;
  db: CompanyDb;
  call: LedgerCall;
  companyId: string;
  account(code: string): string;
  journal(code: string): string;
  entry(date: string, lines: [string, string | number][], extra?: Partial<EntryInput>): EntryInput;
  close(): Promise<void>;
}

export async function ledgerFixture(dialect: Dialect, opts: { baseCurrency?: string; fiscalYearStartMonth?: number } = {}): Promise<LedgerFixture> {
  const ctx = await createTestApp(dialect);
  const company = await createCompany(ctx.p, ctx.p.db, null, {
    name: 'Ledger Co',
    baseCurrency: opts.baseCurrency ?? 'SAR',
    language: 'en',
    timeZone: 'Asia/Riyadh',
    workWeek: [0, 1, 2, 3, 4],
    fiscalYearStartMonth: opts.fiscalYearStartMonth ?? 1,
  });
  const db = ctx.p.forCompany(company.id);
  const call: LedgerCall = {
    actor: cliActor(
      company.id,
      ctx.p.permissions.map((p) => p.key),
    ),
    clock: ctx.clock,
  };
  await installDefaultChart(db, call);
  const accounts = new Map((await typed(db).selectFrom('ledger_account').select(['id', 'code']).execute()).map((a) => [a.code, a.id]));
  const journals = new Map((await typed(db).selectFrom('ledger_journal').select(['id', 'code']).execute()).map((j) => [j.code, j.id]));
  const must = (m: Map<string, string>, k: string) => {
    const v = m.get(k);
    if (!v) throw new Error(`no ${k}`);
    return v;
  };
  return {
    ctx,
    db,
    call,
    companyId: company.id,
    account: (code) => must(accounts, code),
    journal: (code) => must(journals, code),
    /** Lines as [account code, signed amount]: positive debits, negative credits. */
    entry: (date, lines, extra = {}) => ({
      journalId: must(journals, 'GEN'),
      date,
      lines: lines.map(([code, amount]) => {
        const text = String(amount);
        return text.startsWith('-') ? { accountId: must(accounts, code), credit: text.slice(1) } : { accountId: must(accounts, code), debit: text };
      }),
      ...extra,
    }),
    close: () => ctx.close(),
  };
}

export const countRows = async (db: CompanyDb, table: 'ledger_entry' | 'ledger_line' | 'ledger_balance' | 'ledger_draft_line') =>
  Number(
    (
      await typed(db)
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<bigint>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The entry import's CSV header (one row per line, grouped by entry_key). */
export const ENTRIES_CSV_HEADER = 'entry_key,date,journal,memo,reference,account,debit,credit,currency,base_amount,rate,line_memo';

/** Writes an entries CSV of these rows under `dir`; returns its path. */
export function writeEntriesCsv(dir: string, rows: string[], name = 'entries.csv'): string {
  const path = join(dir, name);
  writeFileSync(path, `${[ENTRIES_CSV_HEADER, ...rows].join('\n')}\n`);
  return path;
}

/** Two entries of March 2026 (rent from the bank in GEN, a fee in BNK) as entry-import rows. */
export const TWO_MARCH_ENTRIES = [
  'A,2026-03-01,GEN,Rent,R-1,5300,100.00,,,,,',
  'A,,,,,1130,,100.00,,,,',
  'B,2026-03-02,BNK,Fee,R-2,5700,7.50,,,,,',
  'B,,,,,1130,,7.50,,,,',
];
