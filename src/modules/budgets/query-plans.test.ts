import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPlatformSql, unboundedReads } from '../../../test/query-plans.ts';
import { type BudgetsFixture, budgetsFixture } from './budgets.fixture.ts';

const B = '/api/v1/budgets';

/**
 * The ledger's tables that grow with every posting (budgets read actuals from the kept balances), and
 * the budget cells, which grow with every budget, revision and scenario a company keeps: a report
 * reads one revision's cells, never every budget's.
 */
const GROWING = new Set(['ledger_entry', 'ledger_line', 'ledger_balance_day', 'budget_amount', 'budget_line_sum', 'budget_alert', 'budget_forecast_line']);

describe('query plans of building, approving and reading a budget (SQLite)', () => {
  let f: BudgetsFixture;
  let recorder: ReturnType<typeof recordPlatformSql>;

  beforeAll(async () => {
    f = await budgetsFixture('sqlite');
    recorder = recordPlatformSql(f.ctx.p);
  });
  afterAll(async () => {
    recorder.restore();
    await f.ctx.close();
  });

  it('no statement a user can set off reads actuals or budget cells whole or by company alone', async () => {
    for (const m of ['01', '02', '03']) await f.post(`2025-${m}-10`, '5300', '1130', '1000.00');
    await f.post('2026-01-10', '5300', '1130', '1200.00');
    await f.post('2026-01-20', '1130', '4100', '5000.00');
    const other = (await f.finance.post(B, { name: 'Other', fiscalYear: 2026 })).body.id;
    await f.finance.post(`${B}/${other}/spread`, { accountId: f.account('5300'), total: '600.00' });
    const id = (await f.finance.post(B, { name: 'Plan', fiscalYear: 2026, alertThresholdPct: 90 })).body.id;
    const built = await f.finance.post(`${B}/${id}/from-actuals`, { percent: '5' });
    expect([built.status, built.body]).toEqual([200, { cells: 3 }]);
    expect((await f.finance.post(`${B}/${id}/spread`, { accountId: f.account('4100'), total: '60000.00' })).status).toBe(200);
    expect((await f.finance.get(`${B}/${id}/grid`)).status).toBe(200);
    expect((await f.finance.post(`${B}/${id}/approve`)).status).toBe(200);
    expect((await f.finance.post(`${B}/${id}/revisions`)).status).toBe(201);
    expect((await f.finance.post(`${B}/${id}/spread`, { accountId: f.account('5300'), total: '13200.00' })).status).toBe(200);
    const [r1, r2] = (await f.finance.get(`${B}/${id}`)).body.revisions.map((r: { id: string }) => r.id);
    expect((await f.finance.get(`${B}/${id}/compare?a=${r1}&b=${r2}`)).status).toBe(200);
    expect((await f.finance.get(`${B}/${id}/report`)).status).toBe(200);
    expect((await f.finance.get(`${B}/${id}/report?through=2026-01`)).status).toBe(200);
    expect((await f.finance.post(`${B}/${id}/check-alerts`)).status).toBe(200);
    expect((await f.finance.get(`${B}/${id}/forecast`)).status).toBe(200);
    const s = await f.finance.post(`${B}/${id}/scenarios`, { name: 'Lean', base: 'budget' });
    expect(s.status).toBe(201);
    await f.finance.post(`${B}/${id}/scenarios/${s.body.id}/adjustments`, {
      kind: 'percent',
      accountIds: [f.account('4100')],
      fromMonth: '2026-07',
      percent: '-10',
    });
    expect((await f.finance.get(`${B}/${id}/scenarios/${s.body.id}/compare`)).status).toBe(200);
    expect((await f.finance.get(`${B}/${id}/export`)).status).toBe(200);

    expect(recorder.seen.size).toBeGreaterThan(30);
    const offending = unboundedReads(recorder.raw, recorder.seen, GROWING);
    expect(offending, offending.join('\n')).toEqual([]);
  });
});
