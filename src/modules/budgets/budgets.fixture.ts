import { addUser, type Browser, createTestApp, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';
import { cliActor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { Dialect } from '../../platform/db/create-database.ts';
import type { BudgetCall } from './budget-call.ts';

/**
 * Test helper: a set-up company (SAR, fiscal year = calendar year) with the default chart, finance
 * and analyst users, and `post(date, debit, credit, amount)` posting through the ledger's API.
 */
export interface BudgetsFixture {
  ctx: TestApp;
  db: CompanyDb;
  call: BudgetCall;
  admin: Browser;
  finance: Browser;
  analyst: Browser;
  financeUserId: string;
  account(code: string): string;
  post(date: string, debit: string, credit: string, amount: string): Promise<void>;
}

export async function budgetsFixture(dialect: Dialect): Promise<BudgetsFixture> {
  const ctx = await createTestApp(dialect);
  const { admin } = await setupAdmin(ctx.app);
  await admin.post('/api/v1/ledger/chart/install-default');
  const accounts = new Map<string, string>(
    (await admin.get('/api/v1/ledger/accounts?pageSize=200')).body.items.map((a: { code: string; id: string }) => [a.code, a.id]),
  );
  const { browser: finance, user } = await addUser(ctx.app, admin, 'fin@acme.test', ['finance']);
  const financeUserId = (user as { id: string }).id;
  const { browser: analyst } = await addUser(ctx.app, admin, 'ana@acme.test', ['analyst']);
  const company = await ctx.t.db
    .selectFrom('company' as never)
    .select('id' as never)
    .executeTakeFirstOrThrow();
  const companyId = (company as { id: string }).id;
  const db = ctx.p.forCompany(companyId);
  const gen = (await admin.get('/api/v1/ledger/journals')).body.items.find((j: { code: string }) => j.code === 'GEN').id;
  const account = (code: string) => {
    const id = accounts.get(code);
    if (!id) throw new Error(`no ledger account ${code}`);
    return id;
  };
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
    financeUserId,
    account,
    post: async (date, debit, credit, amount) => {
      const res = await admin.post('/api/v1/ledger/entries/post-new', {
        journalId: gen,
        date,
        lines: [
          { accountId: account(debit), debit: amount },
          { accountId: account(credit), credit: amount },
        ],
      });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    },
  };
}
