import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BudgetsFixture, budgetsFixture } from './budgets.fixture.ts';

describe.each(DIALECTS)('a budget per dimension value on %s', (dialect) => {
  let f: BudgetsFixture;
  let dimensionId: string;
  const values: Record<string, string> = {};
  beforeAll(async () => {
    f = await budgetsFixture(dialect);
    const dim = await f.admin.post('/api/v1/ledger/dimensions', { code: 'DEPT', nameEn: 'Department', nameAr: 'القسم', slot: 2 });
    dimensionId = dim.body.id;
    for (const code of ['SALES', 'OPS']) {
      const v = await f.admin.post('/api/v1/ledger/dimension-values', { dimensionId, code, nameEn: code, nameAr: code });
      values[code] = v.body.id;
    }
    const gen = (await f.admin.get('/api/v1/ledger/journals')).body.items.find((j: { code: string }) => j.code === 'GEN').id;
    const post = async (date: string, amount: string, dept: string) => {
      const res = await f.admin.post('/api/v1/ledger/entries/post-new', {
        journalId: gen,
        date,
        lines: [
          { accountId: f.account('5300'), debit: amount, dimensions: [values[dept]] },
          { accountId: f.account('1130'), credit: amount },
        ],
      });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    };
    await post('2025-04-05', '200.00', 'SALES');
    await post('2025-04-06', '300.00', 'OPS');
    await post('2026-04-05', '250.00', 'SALES');
  });
  afterAll(async () => f.ctx.close());

  it('builds per department from last year, reports actuals per department, refuses a value of another dimension', async () => {
    const b = (await f.finance.post('/api/v1/budgets', { name: 'By department', fiscalYear: 2026, dimensionId })).body;
    expect((await f.finance.post(`/api/v1/budgets/${b.id}/from-actuals`, { percent: '0' })).body).toEqual({ cells: 2 });
    const grid = (await f.analyst.get(`/api/v1/budgets/${b.id}/grid`)).body;
    expect(grid.lines.map((l: { dimensionValueId: string; amounts: string[] }) => [l.dimensionValueId, l.amounts[3]]).sort()).toEqual(
      [
        [values.SALES, '200.00'],
        [values.OPS, '300.00'],
      ].sort(),
    );
    const r = (await f.analyst.get(`/api/v1/budgets/${b.id}/report?throughMonth=2026-04`)).body;
    const sales = r.lines.find((l: { dimensionValueId: string }) => l.dimensionValueId === values.SALES);
    const ops = r.lines.find((l: { dimensionValueId: string }) => l.dimensionValueId === values.OPS);
    expect(sales.months[3]).toEqual({ budget: '200.00', actual: '250.00', variance: '50.00', variancePct: '25.0' });
    expect(ops.ytd).toMatchObject({ budget: '300.00', actual: '0.00', variance: '-300.00' });
    const wrong = await f.finance.request('PUT', `/api/v1/budgets/${b.id}/amounts`, {
      cells: [{ accountId: f.account('5300'), month: '2026-01', dimensionValueId: '01a00000-0000-7000-8000-000000000000', amount: '1.00' }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('cells.0.dimensionValueId');
  });
});
