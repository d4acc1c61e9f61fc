import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type Browser, type TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { newId } from '../../platform/ids.ts';
import { employeeBody, orgSetup, peopleFixture, SECRET } from './people.fixture.ts';

describe.each(DIALECTS)('people reports and XLSX export on %s', (dialect) => {
  let ctx: TestApp;
  let hr: Browser;
  let employee: Browser;
  let finance: Browser;
  let admin: Browser;
  let org: Awaited<ReturnType<typeof orgSetup>>;
  let annual: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const f = await peopleFixture(dialect);
    ({ ctx, hr, employee, finance, admin } = f);
    org = await orgSetup(hr);
    const add = async (n: string, extra: Record<string, unknown>) => {
      const res = await hr.post('/api/v1/people/employees', employeeBody(n, extra));
      expect(res.status).toBe(201);
      ids[n] = res.body.id;
    };
    await add('E-1', { hireDate: '2024-06-01', departmentId: org.sales.id, ...SECRET });
    await add('E-2', { hireDate: '2025-01-15', departmentId: org.sales.id, nameAr: 'سارة' });
    await add('E-3', { hireDate: '2024-01-01', departmentId: org.support.id });
    await add('E-4', { hireDate: '2025-02-03', departmentId: org.support.id });
    // E-3 leaves on 31 January (gone at the January close); E-4 moves to Sales in March
    expect((await hr.patch(`/api/v1/people/employees/${ids['E-3']}`, { endDate: '2025-01-31', endReason: 'Resigned' })).status).toBe(200);
    expect(
      (await hr.post(`/api/v1/people/employees/${ids['E-4']}/job-changes`, { effectiveDate: '2025-03-10', departmentId: org.sales.id, reason: 'transfer' }))
        .status,
    ).toBe(201);
    annual = (await hr.post('/api/v1/people/leave-types', { code: 'annual', nameEn: 'Annual leave', nameAr: 'إجازة سنوية' })).body.id;
    await hr.request('PUT', `/api/v1/people/leave-types/${annual}/policy`, { employmentType: 'all', accrual: 'yearly', daysPerYear: 21, carryOverCap: null });
    // usage records as an approved leave request writes them (hundredths of a day)
    const companyId = (await ctx.t.db.selectFrom('company').select('id').executeTakeFirstOrThrow()).id;
    for (const [who, date, amount] of [
      ['E-1', '2025-02-10', 300],
      ['E-2', '2025-03-02', 150],
      ['E-1', '2024-12-01', 500],
    ] as const) {
      await ctx.t.db
        .insertInto('people_leave_entry' as never)
        .values({
          id: newId(),
          company_id: companyId,
          employee_id: ids[who],
          leave_type_id: annual,
          date,
          kind: 'usage',
          amount,
          reason: 'leave request',
          recorded_at: '2025-01-01T00:00:00Z',
          recorded_by: 'test',
        } as never)
        .execute();
    }
  });
  afterAll(async () => ctx.close());

  it('counts headcount at each month close by department, with joiners and leavers', async () => {
    const res = await hr.get('/api/v1/people/reports/headcount?from=2025-01&to=2025-03');
    expect(res.status).toBe(200);
    expect(res.body.opening).toBe(2);
    expect(
      res.body.months.map((m: { month: string; headcount: number; joiners: number; leavers: number }) => [m.month, m.headcount, m.joiners, m.leavers]),
    ).toEqual([
      ['2025-01', 2, 1, 1],
      ['2025-02', 3, 1, 0],
      ['2025-03', 3, 0, 0],
    ]);
    const sales = res.body.departments.find((d: { departmentName: { en: string } }) => d.departmentName.en === 'Sales');
    expect(sales.months.map((m: { headcount: number }) => m.headcount)).toEqual([2, 2, 3]);
    const support = res.body.departments.find((d: { departmentName: { en: string } }) => d.departmentName.en === 'Support');
    expect(support.months.map((m: { headcount: number; leavers: number }) => [m.headcount, m.leavers])).toEqual([
      [0, 1],
      [1, 0],
      [0, 0],
    ]);
  });

  it('computes turnover as leavers over average headcount', async () => {
    const res = (await hr.get('/api/v1/people/reports/turnover?from=2025-01&to=2025-03')).body;
    // average of 2 (opening), 2, 3, 3 = 2.5; one leaver → 40 %
    expect(res.total).toEqual({ opening: 2, closing: 3, joiners: 2, leavers: 1, averageHeadcount: '2.5', rate: '40.0' });
    expect(res.monthly[0]).toMatchObject({ month: '2025-01', leavers: 1, averageHeadcount: '2.0', rate: '50.0' });
  });

  it('reports leave taken in the period and balances at its end by type and department', async () => {
    const res = (await hr.get('/api/v1/people/reports/leave?from=2025-01-01&to=2025-03-31')).body;
    const sales = res.rows.find((r: { departmentName: { en: string } }) => r.departmentName.en === 'Sales');
    // taken: E-1 3 days + E-2 1.5 days; balances: E-1 21 (2025) + 12.25 (2024 pro rata: 214/366 × 21 = 12.27…) − 8; E-2 pro rata from 15 Jan − 1.5; E-4 pro rata from 3 Feb
    expect(sales).toMatchObject({ code: 'annual', taken: 4.5, employees: 3 });
    const detail = async (id: string) => (await hr.get(`/api/v1/people/employees/${id}/leave-balances?asOf=2025-03-31`)).body.items[0].balance;
    const expected = (await detail(ids['E-1'] as string)) + (await detail(ids['E-2'] as string)) + (await detail(ids['E-4'] as string));
    expect(sales.balance).toBeCloseTo(expected, 2);
  });

  it('refuses bad periods with the field named, and needs people.read', async () => {
    const bad = await hr.get('/api/v1/people/reports/headcount?from=2025-13&to=2025-03');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toContain('from');
    expect((await hr.get('/api/v1/people/reports/turnover?from=2025-05&to=2025-03')).status).toBe(400);
    expect((await hr.get('/api/v1/people/reports/headcount?from=1990-01&to=2025-03')).status).toBe(400);
    expect((await hr.get('/api/v1/people/reports/leave?from=2025-02-30&to=2025-03-01')).status).toBe(400);
    expect((await employee.get('/api/v1/people/reports/headcount?from=2025-01&to=2025-03')).status).toBe(403);
    expect((await finance.get('/api/v1/people/reports/leave?from=2025-01-01&to=2025-03-31')).status).toBe(403);
  });

  it('exports reports as CSV and XLSX in English and Arabic', async () => {
    const csv = await ctx.app.request('/api/v1/people/reports/headcount/export?from=2025-01&to=2025-02&format=csv&lang=ar', { headers: { cookie: hr.cookie } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('الشهر,القسم,عدد الموظفين,المنضمون,المغادرون');
    expect(lines).toContain('2025-01,كل الأقسام,2,1,1');
    const xlsx = await ctx.app.request('/api/v1/people/reports/turnover/export?from=2025-01&to=2025-03&format=xlsx', { headers: { cookie: hr.cookie } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).values).toEqual([
      undefined,
      'Department',
      'Opening headcount',
      'Closing headcount',
      'Average headcount',
      'Joiners',
      'Leavers',
      'Turnover %',
    ]);
    expect(ws?.getRow(2).values).toEqual([undefined, 'All departments', 2, 3, 2.5, 2, 1, 40]);
    const bad = await ctx.app.request('/api/v1/people/reports/leave/export?from=2025-01&to=2025-02', { headers: { cookie: hr.cookie } });
    expect(bad.status).toBe(400);
  });

  it('exports employees as XLSX honouring field permissions, audited with the format', async () => {
    const load = async (cookie: string) => {
      const res = await ctx.app.request('/api/v1/people/exports/employees.xlsx?status=all', { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      return wb.worksheets[0]?.getSheetValues().slice(1) as unknown[][];
    };
    const full = await load(hr.cookie);
    expect(full[0]).toContain('iban');
    expect(JSON.stringify(full)).toContain(SECRET.iban);
    expect(full).toHaveLength(5);
    // a reader without people.sensitive.read: same rows, no sensitive columns
    expect((await admin.post('/api/v1/roles', { key: 'hr_assistant', name: 'HR assistant', permissions: ['people.read'] })).status).toBe(201);
    const { browser: assistant } = await addUser(ctx.app, admin, 'assist@acme.test', ['hr_assistant']);
    const plain = await load(assistant.cookie);
    expect(plain).toHaveLength(5);
    expect(plain[0]).not.toContain('iban');
    expect(plain[0]).not.toContain('nationalId');
    expect(JSON.stringify(plain)).not.toContain(SECRET.iban);
    expect(JSON.stringify(plain)).not.toContain(SECRET.nationalId);
    const audits = await ctx.t.db.selectFrom('audit_event').select('summary').where('action', '=', 'people.exported').execute();
    expect(audits.map((a) => JSON.parse(a.summary as string))).toEqual([
      { rows: 4, sensitive: true, format: 'xlsx' },
      { rows: 4, sensitive: false, format: 'xlsx' },
    ]);
  });
});
