import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BudgetsFixture, budgetsFixture } from './budgets.fixture.ts';

const B = '/api/v1/budgets';
type Line = { code: string; values: string[]; sources: string[] };

describe.each(DIALECTS)('rolling forecast and scenarios on %s', (dialect) => {
  let f: BudgetsFixture;
  let id: string;
  let periods: { id: string }[];
  beforeAll(async () => {
    f = await budgetsFixture(dialect);
    // rent: actual 1000 in January, 1200 in February, 1400 in March; sales 5000 in January
    await f.post('2026-01-10', '5300', '1130', '1000.00');
    await f.post('2026-02-10', '5300', '1130', '1200.00');
    await f.post('2026-03-10', '5300', '1130', '1400.00');
    await f.post('2026-01-20', '1130', '4100', '5000.00');
    id = (await f.finance.post(B, { name: 'Plan', fiscalYear: 2026 })).body.id;
    await f.finance.post(`${B}/${id}/spread`, { accountId: f.account('5300'), total: '12000.00' });
    await f.finance.post(`${B}/${id}/spread`, { accountId: f.account('4100'), total: '60000.00' });
    await f.finance.post(`${B}/${id}/approve`);
    periods = (await f.admin.get('/api/v1/ledger/periods?fiscalYear=2026')).body.items;
    if (periods.length === 0) periods = (await f.admin.post('/api/v1/ledger/periods/years', { fiscalYear: 2026 })).body.items;
  });
  afterAll(async () => f.ctx.close());

  it('shows the budget while no month is closed, then actuals for the months as they close', async () => {
    const open = (await f.analyst.get(`${B}/${id}/forecast`)).body;
    expect(open.closedMonths).toEqual([]);
    const rent = () => (open.lines as Line[]).find((l) => l.code === '5300') as Line;
    expect(rent().values[0]).toBe('1000.00');
    expect(rent().sources.every((s) => s === 'budget')).toBe(true);
    expect(open.netIncome[0]).toBe('4000.00');
    for (const p of periods.slice(0, 3)) expect((await f.admin.post(`/api/v1/ledger/periods/${p.id}/close`)).status).toBe(200);
    const rolled = (await f.analyst.get(`${B}/${id}/forecast`)).body;
    expect(rolled.closedMonths).toEqual(['2026-01', '2026-02', '2026-03']);
    const r = (rolled.lines as Line[]).find((l) => l.code === '5300') as Line;
    expect(r.values.slice(0, 4)).toEqual(['1000.00', '1200.00', '1400.00', '1000.00']);
    expect(r.sources.slice(0, 4)).toEqual(['actual', 'actual', 'actual', 'budget']);
    const sales = (rolled.lines as Line[]).find((l) => l.code === '4100') as Line;
    expect(sales.values.slice(0, 4)).toEqual(['5000.00', '0.00', '0.00', '5000.00']);
    // net income: January 5000 − 1000; cash runs on from it
    expect(rolled.netIncome.slice(0, 2)).toEqual(['4000.00', '-1200.00']);
    expect(rolled.cash.slice(0, 2)).toEqual(['4000.00', '2800.00']);
  });

  it('projects a line by the trend of its last N closed months when chosen (budgets.write, audited)', async () => {
    const input = { lines: [{ accountId: f.account('5300'), method: 'trend', trendMonths: 3 }] };
    expect((await f.analyst.request('PUT', `${B}/${id}/forecast/methods`, input)).status).toBe(403);
    const bad = await f.finance.request('PUT', `${B}/${id}/forecast/methods`, {
      lines: [...input.lines, { accountId: f.account('5400'), method: 'trend', trendMonths: 3 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'lines.1.accountId', message: 'Not a line of the budget' }]);
    expect((await f.analyst.get(`${B}/${id}/forecast`)).body.lines.find((l: Line) => l.code === '5300').sources[3]).toBe('budget');
    expect((await f.finance.request('PUT', `${B}/${id}/forecast/methods`, input)).body).toEqual({ lines: 1 });
    const r = (await f.analyst.get(`${B}/${id}/forecast`)).body.lines.find((l: Line) => l.code === '5300');
    // 1000, 1200, 1400 → 1600 in April, 2000 in June
    expect(r.values.slice(3, 6)).toEqual(['1600.00', '1800.00', '2000.00']);
    expect(r.sources[3]).toBe('trend');
    expect(r).toMatchObject({ method: 'trend', trendMonths: 3 });
  });

  it('scenarios: no adjustment equals the base; % on a group, a one-off and a hire change net income and cash', async () => {
    expect((await f.analyst.post(`${B}/${id}/scenarios`, { name: 'Lean' })).status).toBe(403);
    const s = await f.finance.post(`${B}/${id}/scenarios`, { name: 'Lean', base: 'budget' });
    expect(s.status).toBe(201);
    expect((await f.finance.post(`${B}/${id}/scenarios`, { name: 'Lean' })).status).toBe(409);
    const cmp = async () => (await f.analyst.get(`${B}/${id}/scenarios/${s.body.id}/compare`)).body;
    const same = await cmp();
    expect(same.result).toEqual(same.base);
    expect(same.difference.netIncome.every((x: string) => x === '0.00')).toBe(true);
    const adj = `${B}/${id}/scenarios/${s.body.id}/adjustments`;
    const bad = await f.finance.post(adj, { kind: 'hire', accountIds: [f.account('5300')], fromMonth: '2027-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['fromMonth', 'amount']);
    expect((await cmp()).scenario.adjustments).toEqual([]);
    await f.finance.post(adj, { kind: 'percent', accountIds: [f.account('4100')], fromMonth: '2026-07', percent: '-10', label: 'Slower sales' });
    await f.finance.post(adj, { kind: 'one-off', accountIds: [f.account('5300')], fromMonth: '2026-03', amount: '500.00' });
    const hire = await f.finance.post(adj, { kind: 'hire', accountIds: [f.account('5100')], fromMonth: '2026-10', amount: '8000.00', label: 'Engineer' });
    expect(hire.status).toBe(201);
    expect(hire.body.adjustments).toHaveLength(3);
    const c = await cmp();
    expect(c.base.netIncome[0]).toBe('4000.00');
    expect(c.difference.netIncome.slice(0, 3)).toEqual(['0.00', '0.00', '-500.00']);
    expect(c.difference.netIncome[6]).toBe('-500.00');
    expect(c.difference.netIncome[9]).toBe('-8500.00');
    // cash difference accumulates: −500 (Mar) −500×6 (Jul–Dec sales) −8000×3 (Oct–Dec)
    expect(c.difference.cash[11]).toBe('-27500.00');
    expect(c.lines.find((l: { code: string }) => l.code === '5100')).toMatchObject({ changed: true });
    const removed = await f.finance.request('DELETE', `${adj}/${hire.body.adjustments[2].id}`);
    expect(removed.body.adjustments).toHaveLength(2);
    expect((await cmp()).difference.cash[11]).toBe('-3500.00');
    const fc = await f.finance.post(`${B}/${id}/scenarios`, { name: 'From forecast', base: 'forecast' });
    const fcCmp = (await f.analyst.get(`${B}/${id}/scenarios/${fc.body.id}/compare`)).body;
    expect(fcCmp.base.netIncome[1]).toBe('-1200.00');
    expect((await f.analyst.get(`${B}/${id}/scenarios`)).body.items.map((x: { name: string }) => x.name)).toEqual(['From forecast', 'Lean']);
    expect((await f.analyst.get(`${B}/${id}/scenarios/01a00000-0000-7000-8000-000000000000/compare`)).status).toBe(404);
  });
});
