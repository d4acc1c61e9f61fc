import { readFileSync } from 'node:fs';
import { addUser, type Browser, createTestApp, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';
import { cliActor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { Dialect } from '../../platform/db/create-database.ts';
import { typed } from './banking.tables.ts';
import type { BankingCall } from './banking-call.ts';

/**
 * Test helper: a set-up company (SAR) with the default chart installed through the API, ledger
 * account ids read through the API, and finance and analyst users.
 */
export interface BankingFixture {
  ctx: TestApp;
  db: CompanyDb;
  call: BankingCall;
  admin: Browser;
  finance: Browser;
  analyst: Browser;
  ledgerAccount(code: string): string;
  file(name: string): string;
  count(table: 'bank_statement' | 'bank_line'): Promise<number>;
  /** Adds a SAR bank account (SNB) mirroring the ledger account `ledgerCode` through the API, as finance; returns its id. */
  addBankAccount(name?: string, ledgerCode?: string): Promise<string>;
  /** The id of the journal with this code (GEN, BNK, …). */
  journal(code: string): Promise<string>;
  /**
   * Posts through the API, as finance, in the BNK journal: `amount` debited to `debit` and credited to
   * `credit` (by default into the bank, 1130, from service revenue, 4200); returns the entry's id.
   */
  postEntry(date: string, amount: string, opts?: { reference?: string; debit?: string; credit?: string }): Promise<string>;
}

export async function bankingFixture(dialect: Dialect): Promise<BankingFixture> {
  const ctx = await createTestApp(dialect);
  const { admin } = await setupAdmin(ctx.app);
  await admin.post('/api/v1/ledger/chart/install-default');
  const accounts = new Map<string, string>(
    (await admin.get('/api/v1/ledger/accounts?pageSize=200')).body.items.map((a: { code: string; id: string }) => [a.code, a.id]),
  );
  const { browser: finance } = await addUser(ctx.app, admin, 'fin@acme.test', ['finance']);
  const { browser: analyst } = await addUser(ctx.app, admin, 'ana@acme.test', ['analyst']);
  const company = await ctx.t.db
    .selectFrom('company' as never)
    .select('id' as never)
    .executeTakeFirstOrThrow();
  const companyId = (company as { id: string }).id;
  const db = ctx.p.forCompany(companyId);
  return {
    ctx,
    db,
    call: {
      actor: cliActor(
        companyId,
        ctx.p.permissions.map((p) => p.key),
      ),
      clock: ctx.clock,
    },
    admin,
    finance,
    analyst,
    ledgerAccount: (code) => {
      const id = accounts.get(code);
      if (!id) throw new Error(`no ledger account ${code}`);
      return id;
    },
    addBankAccount: async (name = 'Main', ledgerCode = '1130') => {
      const res = await finance.post('/api/v1/banking/accounts', {
        name,
        bank: 'SNB',
        iban: 'SA0380000000608010167519',
        currency: 'SAR',
        ledgerAccountId: accounts.get(ledgerCode),
      });
      if (res.status !== 201) throw new Error(`bank account ${name}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    },
    journal: async (code) => {
      const found = (await admin.get('/api/v1/ledger/journals')).body.items.find((j: { code: string }) => j.code === code);
      if (!found) throw new Error(`no journal ${code}`);
      return found.id as string;
    },
    postEntry: async (date, amount, opts = {}) => {
      const journalId = (await admin.get('/api/v1/ledger/journals')).body.items.find((j: { code: string }) => j.code === 'BNK').id;
      const res = await finance.post('/api/v1/ledger/entries/post-new', {
        journalId,
        date,
        reference: opts.reference,
        lines: [
          { accountId: accounts.get(opts.debit ?? '1130'), debit: amount },
          { accountId: accounts.get(opts.credit ?? '4200'), credit: amount },
        ],
      });
      if (res.status !== 201) throw new Error(`entry ${date} ${amount}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    },
    file: (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url)).toString('base64'),
    count: async (table) =>
      Number(
        (
          await typed(db)
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<bigint>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
  };
}
