import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BudgetsFixture, budgetsFixture } from './budgets.fixture.ts';

const B = '/api/v1/budgets';
type Line = { code: string; amounts: string[]; total: string };

describe.each(DIALECTS)('budget close, copy, XLSX and revision comparison on %s', (dialect) => {
  let f: BudgetsFixture;
  let id: string;
  beforeAll(async () => {
    f = await budgetsFixture(dialect);
    id = (await f.finance.post(B, { name: 'Base', fiscalYear: 2026 })).body.id;
    await f.finance.post(`${B}/${id}/spread`, { accountId: f.account('5300'), total: '1200.00' });
  });
  afterAll(async () => f.ctx.close());

  it('imports XLSX all or nothing (row and column named) and exports it back', async () => {
    const months = (await f.analyst.get(`${B}/${id}`)).body.months as string[];
    const book = async (rows: (string | number)[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('budget');
      ws.addRow(['account', 'dimension_value', ...months]);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    };
    const bad = await f.finance.post(`${B}/${id}/import-xlsx`, {
      xlsx: await book([
        ['5300', '', ...months.map(() => 250)],
        ['9999', '', ...months.map(() => 'x')],
      ]),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'row 3, column account' });
    expect(bad.body.error.details[1]).toMatchObject({ path: `row 3, column ${months[0]}` });
    const grid = async () => (await f.analyst.get(`${B}/${id}/grid`)).body.lines as Line[];
    expect((await grid()).find((l) => l.code === '5300')?.total).toBe('1200.00');
    expect((await f.finance.post(`${B}/${id}/import-xlsx`, { xlsx: Buffer.from('not a workbook').toString('base64') })).status).toBe(400);
    const ok = await f.finance.post(`${B}/${id}/import-xlsx`, { xlsx: await book([['5300', '', ...months.map(() => 250.5)]]) });
    expect(ok.body).toEqual({ cells: 12 });
    expect((await grid()).find((l) => l.code === '5300')?.total).toBe('3006.00');
    const out = (await f.analyst.get(`${B}/${id}/export-xlsx`)).body;
    expect(out.fileName).toBe('budget-2026-r1.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.xlsx, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(3).value).toBe(months[0]);
    expect(ws?.getRow(2).getCell(1).value).toBe('5300');
    expect(ws?.getRow(2).getCell(3).value).toBe(250.5);
    // the export reads back unchanged
    expect((await f.finance.post(`${B}/${id}/import-xlsx`, { xlsx: out.xlsx })).body).toEqual({ cells: 12 });
    expect((await grid()).find((l) => l.code === '5300')?.total).toBe('3006.00');
  });

  it('compares two revisions side by side, per account and month', async () => {
    const r1 = (await f.finance.post(`${B}/${id}/approve`)).body.revision.id;
    const r2 = (await f.finance.post(`${B}/${id}/revisions`)).body.revision.id;
    await f.finance.request('PUT', `${B}/${id}/amounts`, {
      cells: [
        { accountId: f.account('5300'), month: '2026-03', amount: '300.00' },
        { accountId: f.account('4100'), month: '2026-04', amount: '1000.00' },
      ],
    });
    const c = await f.analyst.get(`${B}/${id}/compare?a=${r1}&b=${r2}`);
    expect(c.status).toBe(200);
    expect(c.body.a).toMatchObject({ number: 1, status: 'approved' });
    const rent = c.body.lines.find((l: Line) => l.code === '5300');
    expect(rent).toMatchObject({ changed: true, totalA: '3006.00', totalB: '3055.50', totalDiff: '49.50' });
    expect(rent.diff[2]).toBe('49.50');
    expect(rent.diff[0]).toBe('0.00');
    const sales = c.body.lines.find((l: Line) => l.code === '4100');
    expect(sales).toMatchObject({ changed: true, totalA: '0.00', totalB: '1000.00' });
    expect((await f.analyst.get(`${B}/${id}/compare?a=${r1}&b=01a00000-0000-7000-8000-000000000000`)).status).toBe(404);
    expect((await f.analyst.get(`${B}/${id}/compare?a=${r1}&b=nope`)).status).toBe(400);
  });

  it('copies a budget to a new name and year, +10%, as a draft', async () => {
    expect((await f.analyst.post(`${B}/${id}/copy`, { name: 'Next', fiscalYear: 2027, percent: '10' })).status).toBe(403);
    const bad = await f.finance.post(`${B}/${id}/copy`, { name: 'Next', fiscalYear: 2027, percent: 'ten' });
    expect(bad.status).toBe(400);
    expect((await f.analyst.get(B)).body.items).toHaveLength(1);
    const copy = await f.finance.post(`${B}/${id}/copy`, { name: 'Next', fiscalYear: 2027, percent: '10' });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Next', fiscalYear: 2027, status: 'draft' });
    const lines = (await f.analyst.get(`${B}/${copy.body.id}/grid`)).body.lines as Line[];
    // the revision in force (the approved revision 1), not the draft revision 2
    expect(lines.map((l) => l.code)).toEqual(['5300']);
    expect(lines[0]?.amounts[0]).toBe('275.55');
    expect((await f.finance.post(`${B}/${id}/copy`, { name: 'Next', fiscalYear: 2027 })).status).toBe(409);
  });

  it('closes an approved budget (budgets.approve): read-only afterwards', async () => {
    expect((await f.finance.post(`${B}/${id}/close`)).status).toBe(409); // revision 2 is a draft
    await f.finance.post(`${B}/${id}/approve`);
    expect((await f.analyst.post(`${B}/${id}/close`)).status).toBe(403);
    const closed = await f.finance.post(`${B}/${id}/close`);
    expect(closed.body).toMatchObject({ status: 'closed', closedBy: 'fin@acme.test' });
    expect((await f.finance.post(`${B}/${id}/revisions`)).status).toBe(409);
    expect((await f.finance.post(`${B}/${id}/close`)).status).toBe(409);
    expect((await f.finance.post(`${B}/${id}/scenarios`, { name: 'What if' })).status).toBe(409);
    expect((await f.analyst.get(`${B}/${id}/report`)).status).toBe(200);
    expect((await f.analyst.get(B)).body.items.find((b: { id: string }) => b.id === id).status).toBe('closed');
  });
});
