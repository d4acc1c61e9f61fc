import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BudgetsFixture, budgetsFixture } from './budgets.fixture.ts';

describe.each(DIALECTS)('budget routes on %s', (dialect) => {
  let f: BudgetsFixture;
  let id: string;
  const B = '/api/v1/budgets';
  beforeAll(async () => {
    f = await budgetsFixture(dialect);
    // last year: rent 1000 a month, sales 3000 in March; this year: rent 1000 in Jan, 1900 in Feb
    for (const m of ['01', '02', '03']) await f.post(`2025-${m}-10`, '5300', '1130', '1000.00');
    await f.post('2025-03-15', '1130', '4100', '3000.00');
    await f.post('2026-01-10', '5300', '1130', '1000.00');
    await f.post('2026-02-10', '5300', '1130', '1900.00');
  });
  afterAll(async () => f.ctx.close());

  it('finance creates a draft budget (budgets.write); analyst reads only; a name is unique per year', async () => {
    const input = { name: 'Plan', fiscalYear: 2026, alertThresholdPct: 90 };
    expect((await f.analyst.post(B, input)).status).toBe(403);
    const created = await f.finance.post(B, input);
    expect(created.status).toBe(201);
    id = created.body.id;
    expect(created.body).toMatchObject({ currency: 'SAR', status: 'draft', ownerUserId: f.financeUserId, revision: { number: 1 } });
    expect(created.body.months).toHaveLength(12);
    expect((await f.finance.post(B, input)).status).toBe(409);
    expect((await f.analyst.get(B)).body.items).toHaveLength(1);
    expect((await f.analyst.get(`${B}/01a00000-0000-7000-8000-000000000000`)).status).toBe(404);
  });

  it("builds from last year's actuals + 5%, spreads, sets amounts all or nothing", async () => {
    expect((await f.analyst.post(`${B}/${id}/from-actuals`, { percent: '5' })).status).toBe(403);
    const built = await f.finance.post(`${B}/${id}/from-actuals`, { percent: '5' });
    expect(built.body).toEqual({ cells: 4 });
    const grid = (await f.analyst.get(`${B}/${id}/grid`)).body;
    const rent = grid.lines.find((l: { code: string }) => l.code === '5300');
    expect(rent.amounts.slice(0, 4)).toEqual(['1050.00', '1050.00', '1050.00', '0.00']);
    expect(grid.lines.find((l: { code: string }) => l.code === '4100').amounts[2]).toBe('3150.00');
    const spread = await f.finance.post(`${B}/${id}/spread`, { accountId: f.account('5300'), total: '12000.01' });
    expect(spread.body).toEqual({ cells: 12 });
    const after = (await f.analyst.get(`${B}/${id}/grid`)).body.lines.find((l: { code: string }) => l.code === '5300');
    expect(after.total).toBe('12000.01');
    expect(after.amounts[11]).toBe('1000.01');
    const bad = await f.finance.request('PUT', `${B}/${id}/amounts`, {
      cells: [
        { accountId: f.account('5300'), month: '2026-01', amount: '5.00' },
        { accountId: f.account('5300'), month: '2027-01', amount: '5.00' },
        { accountId: f.account('5300'), month: '2026-02', amount: '5.001' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['cells.1.month', 'cells.2.amount']);
    expect((await f.analyst.get(`${B}/${id}/grid`)).body.lines.find((l: { code: string }) => l.code === '5300').amounts[0]).toBe('1000.00');
  });

  it('imports CSV all or nothing, naming row and column; exports the same shape', async () => {
    const months = (await f.analyst.get(`${B}/${id}`)).body.months as string[];
    const header = `account,dimension_value,${months.join(',')}`;
    const row = (code: string, v: string) => `${code},,${months.map(() => v).join(',')}`;
    const bad = await f.finance.post(`${B}/${id}/import`, { csv: `${header}\n${row('5300', '1000.00')}\n${row('9999', 'x')}\n` });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'row 3, column account' });
    expect(bad.body.error.details[1]).toMatchObject({ path: `row 3, column ${months[0]}` });
    const ok = await f.finance.post(`${B}/${id}/import`, { csv: `${header}\n${row('5300', '1000.00')}\n` });
    expect(ok.body).toEqual({ cells: 12 });
    const exported = (await f.analyst.get(`${B}/${id}/export`)).body;
    expect(exported.fileName).toBe('budget-2026-r1.csv');
    expect(exported.csv.split('\n')[0]).toBe(header);
    expect(exported.csv).toContain(row('5300', '1000.00'));
  });

  it('approval needs budgets.approve, is audited and freezes the revision; a new revision copies it', async () => {
    expect((await f.analyst.post(`${B}/${id}/approve`)).status).toBe(403);
    const approved = await f.finance.post(`${B}/${id}/approve`);
    expect(approved.body).toMatchObject({ status: 'approved', revision: { number: 1, status: 'approved' } });
    expect((await f.finance.request('PUT', `${B}/${id}/amounts`, { cells: [{ accountId: f.account('5300'), month: '2026-01', amount: '1.00' }] })).status).toBe(
      409,
    );
    const rev1 = approved.body.revision.id;
    const raw = f.ctx.t.db;
    await expect(sql`update budget_amount set amount = 1 where revision_id = ${rev1}`.execute(raw)).rejects.toThrow(/frozen/);
    await expect(sql`delete from budget_amount where revision_id = ${rev1}`.execute(raw)).rejects.toThrow(/frozen/);
    await expect(sql`update budget_revision set frozen = 0 where id = ${rev1}`.execute(raw)).rejects.toThrow(/frozen/);
    const audit = await raw
      .selectFrom('audit_event' as never)
      .select('action' as never)
      .where('action' as never, '=', 'budgets.revision.approved' as never)
      .execute();
    expect(audit).toHaveLength(1);
    const r2 = await f.finance.post(`${B}/${id}/revisions`);
    expect(r2.status).toBe(201);
    expect(r2.body).toMatchObject({ status: 'draft', revision: { number: 2 } });
    const g1 = (await f.analyst.get(`${B}/${id}/grid?revisionId=${rev1}`)).body;
    const g2 = (await f.analyst.get(`${B}/${id}/grid`)).body;
    expect(g2.lines).toEqual(g1.lines);
    expect(g1.editable).toBe(false);
    expect(g2.editable).toBe(true);
  });

  it('reports budget vs actual from the approved revision, and alerts the owner once when a cell crosses the threshold', async () => {
    const r = (await f.analyst.get(`${B}/${id}/report?throughMonth=2026-02`)).body;
    const rent = r.lines.find((l: { code: string }) => l.code === '5300');
    expect(rent.months[0]).toEqual({ budget: '1000.00', actual: '1000.00', variance: '0.00', variancePct: '0.0' });
    expect(rent.months[1]).toEqual({ budget: '1000.00', actual: '1900.00', variance: '900.00', variancePct: '90.0' });
    expect(rent.ytd).toMatchObject({ budget: '2000.00', actual: '2900.00', variance: '900.00' });
    expect(rent.favourable).toBe(false);
    const sales = r.lines.find((l: { code: string }) => l.code === '4100');
    expect(sales.year.budget).toBe('3150.00');
    // pages of lines; totals and the largest variances cover every line
    expect(r).toMatchObject({ page: 1, pageSize: 100, totalLines: r.lines.length });
    const p1 = (await f.analyst.get(`${B}/${id}/report?throughMonth=2026-02&pageSize=1`)).body;
    const p2 = (await f.analyst.get(`${B}/${id}/report?throughMonth=2026-02&pageSize=1&page=2`)).body;
    expect(p1.lines).toEqual([r.lines[0]]);
    expect(p2.lines).toEqual([r.lines[1]]);
    expect(p2.totalLines).toBe(r.lines.length);
    expect(p2.totals).toEqual(r.totals);
    expect(p2.topVariances).toEqual(r.topVariances);
    const expense = r.totals.find((t: { type: string }) => t.type === 'expense');
    const cents = (xs: string[]) => xs.reduce((a, x) => a + BigInt(x.replace('.', '')), 0n);
    const expenseLines = r.lines.filter((l: { type: string }) => l.type === 'expense');
    expect(BigInt(expense.ytd.actual.replace('.', ''))).toBe(cents(expenseLines.map((l: { ytd: { actual: string } }) => l.ytd.actual)));
    const sizes = r.topVariances.map((l: { ytd: { variance: string } }) => cents([l.ytd.variance.replace('-', '')]));
    expect(sizes.length).toBeGreaterThan(0);
    expect([...sizes].sort((a: bigint, b: bigint) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(sizes);
    expect(sizes).not.toContain(0n);
    expect(r.topVariances.map((l: { code: string }) => l.code)).toContain('5300');
    expect((await f.analyst.get(`${B}/${id}/report?pageSize=0`)).status).toBe(400);
    const checked = await f.analyst.post(`${B}/${id}/check-alerts`);
    expect(checked.body).toEqual({ alerts: 2, notified: 2 });
    expect((await f.analyst.post(`${B}/${id}/check-alerts`)).body).toEqual({ alerts: 2, notified: 0 });
    const bell = await f.finance.get('/api/v1/notifications');
    expect(bell.body.items.some((n: { title: string }) => /Plan: 5300/.test(n.title))).toBe(true);
  });
});
