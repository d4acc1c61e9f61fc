import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BudgetsFixture, budgetsFixture } from './budgets.fixture.ts';

describe.each(DIALECTS)('a frozen revision never changes, on %s', (dialect) => {
  let f: BudgetsFixture;
  let revisionId: string;
  const snapshot = async () =>
    JSON.stringify(
      await sql`select account_id, month, dimension_value_id, cast(amount as text) as amount from budget_amount where revision_id = ${revisionId} order by account_id, month`.execute(
        f.ctx.t.db,
      ),
    ) + JSON.stringify(await sql`select status, cast(frozen as text) as frozen from budget_revision where id = ${revisionId}`.execute(f.ctx.t.db));
  beforeAll(async () => {
    f = await budgetsFixture(dialect);
    // through the API: the module's files are loaded by the app, after the ledger's
    const b = (await f.finance.post('/api/v1/budgets', { name: 'Frozen', fiscalYear: 2026 })).body;
    await f.finance.post(`/api/v1/budgets/${b.id}/spread`, { accountId: f.account('5300'), total: '1200.00' });
    revisionId = (await f.finance.post(`/api/v1/budgets/${b.id}/approve`)).body.revision.id;
  });
  afterAll(async () => f.ctx.close());

  it('the database refuses every raw change to its amounts and to the revision itself', async () => {
    const before = await snapshot();
    const raw = f.ctx.t.db;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({
            kind: fc.constant('update' as const),
            amount: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
            month: fc.integer({ min: 1, max: 12 }),
          }),
          fc.record({ kind: fc.constant('delete' as const), month: fc.integer({ min: 1, max: 12 }) }),
          fc.record({ kind: fc.constant('insert' as const), amount: fc.bigInt({ min: 1n, max: 10n ** 12n }) }),
          fc.record({ kind: fc.constant('unfreeze' as const) }),
          fc.record({ kind: fc.constant('drop-revision' as const) }),
        ),
        async (op) => {
          const month = `2026-${String('month' in op ? op.month : 1).padStart(2, '0')}`;
          const attempt =
            op.kind === 'update'
              ? sql`update budget_amount set amount = ${op.amount} where revision_id = ${revisionId} and month = ${month}`
              : op.kind === 'delete'
                ? sql`delete from budget_amount where revision_id = ${revisionId} and month = ${month}`
                : op.kind === 'insert'
                  ? sql`insert into budget_amount (id, company_id, revision_id, account_id, month, dimension_value_id, amount)
                        select ${`x-${op.amount}`}, company_id, id, ${f.account('4100')}, '2026-01', '', ${op.amount} from budget_revision where id = ${revisionId}`
                  : op.kind === 'unfreeze'
                    ? sql`update budget_revision set frozen = 0, status = 'draft' where id = ${revisionId}`
                    : sql`delete from budget_revision where id = ${revisionId}`;
          await expect(attempt.execute(raw)).rejects.toThrow(/frozen/);
          expect(await snapshot()).toBe(before);
        },
      ),
      { numRuns: 30 },
    );
  });
});
