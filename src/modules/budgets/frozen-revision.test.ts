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
    ) +
    JSON.stringify(await sql`select status, cast(frozen as text) as frozen from budget_revision where id = ${revisionId}`.execute(f.ctx.t.db)) +
    JSON.stringify(
      await sql`select account_id, dimension_value_id, first_month, cast(m1 as text) as m1, cast(m12 as text) as m12 from budget_line_sum where revision_id = ${revisionId}`.execute(
        f.ctx.t.db,
      ),
    );
  beforeAll(async () => {
    f = await budgetsFixture(dialect);
    // through the API: the module's files are loaded by the app, after the ledger's
    const b = (await f.finance.post('/api/v1/budgets', { name: 'Frozen', fiscalYear: 2026 })).body;
    await f.finance.post(`/api/v1/budgets/${b.id}/spread`, { accountId: f.account('5300'), total: '1200.00' });
    revisionId = (await f.finance.post(`/api/v1/budgets/${b.id}/approve`)).body.revision.id;
  });
  afterAll(async () => f.ctx.close());

  it('the database refuses every raw change to its amounts, its line sums and to the revision itself', async () => {
    const before = await snapshot();
    expect(before).toContain('"m1":"10000"'); // the line sums stored at approval (1,200.00 spread evenly)
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
          fc.record({ kind: fc.constant('update-sum' as const), amount: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }) }),
          fc.record({ kind: fc.constant('delete-sum' as const) }),
          fc.record({ kind: fc.constant('insert-sum' as const), amount: fc.bigInt({ min: 1n, max: 10n ** 12n }) }),
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
                    : op.kind === 'update-sum'
                      ? sql`update budget_line_sum set m1 = ${op.amount} where revision_id = ${revisionId}`
                      : op.kind === 'delete-sum'
                        ? sql`delete from budget_line_sum where revision_id = ${revisionId}`
                        : op.kind === 'insert-sum'
                          ? sql`insert into budget_line_sum (id, company_id, revision_id, account_id, dimension_value_id, first_month, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12)
                                select ${`x-${op.amount}`}, company_id, id, ${f.account('4100')}, '', '2026-01', ${op.amount}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 from budget_revision where id = ${revisionId}`
                          : sql`delete from budget_revision where id = ${revisionId}`;
          await expect(attempt.execute(raw)).rejects.toThrow(/frozen/);
          expect(await snapshot()).toBe(before);
        },
      ),
      { numRuns: 30 },
    );
  });
});
