import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type Browser, type TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { employeeBody, orgSetup, peopleFixture, SECRET } from './people.fixture.ts';

/**
 * The field-permission matrix of the README, walked role by role on one employee record (Omar).
 * `contact`: name, e-mail, phone, address, employment; `sensitive`: the five sealed fields and pay.
 */
type Row = { contact: boolean; sensitive: boolean; list: boolean; exportColumns: 'all' | 'contact' | 'none'; inbox: boolean; reports: boolean };
const MATRIX: Record<string, Row> = {
  admin: { contact: true, sensitive: true, list: true, exportColumns: 'all', inbox: true, reports: true },
  hr: { contact: true, sensitive: true, list: true, exportColumns: 'all', inbox: true, reports: true },
  hr_assistant: { contact: true, sensitive: false, list: true, exportColumns: 'contact', inbox: false, reports: true },
  manager: { contact: true, sensitive: false, list: false, exportColumns: 'none', inbox: false, reports: false },
  self: { contact: true, sensitive: false, list: false, exportColumns: 'none', inbox: false, reports: false },
  finance: { contact: false, sensitive: false, list: false, exportColumns: 'none', inbox: false, reports: false },
  other_employee: { contact: false, sensitive: false, list: false, exportColumns: 'none', inbox: false, reports: false },
};

describe.each(DIALECTS)('people field-permission matrix on %s', (dialect) => {
  let ctx: TestApp;
  const viewers: Record<string, Browser> = {};
  let omar: string;
  let maha: string;
  beforeAll(async () => {
    const f = await peopleFixture(dialect);
    ctx = f.ctx;
    const org = await orgSetup(f.hr);
    maha = (await f.hr.post('/api/v1/people/employees', employeeBody('E-1', { nameEn: 'Maha', userId: f.managerUser.id, departmentId: org.sales.id }))).body.id;
    omar = (
      await f.hr.post(
        '/api/v1/people/employees',
        employeeBody('E-2', {
          nameEn: 'Omar',
          userId: f.employeeUser.id,
          managerId: maha,
          phone: '+966 50 111 2222',
          ...SECRET,
          compensation: { amount: '9000', currency: 'USD', basis: 'month' },
        }),
      )
    ).body.id;
    await f.admin.post('/api/v1/roles', { key: 'hr_assistant', name: 'HR assistant', permissions: ['people.read'] });
    const other = await addUser(ctx.app, f.admin, 'nour@acme.test', ['employee']);
    await f.hr.post('/api/v1/people/employees', employeeBody('E-3', { nameEn: 'Nour', userId: other.user.id }));
    Object.assign(viewers, {
      admin: f.admin,
      hr: f.hr,
      hr_assistant: (await addUser(ctx.app, f.admin, 'assist@acme.test', ['hr_assistant'])).browser,
      manager: f.manager,
      self: f.employee,
      finance: f.finance,
      other_employee: other.browser,
    });
  });
  afterAll(async () => ctx.close());

  it.each(Object.entries(MATRIX))('%s sees what the matrix says', async (role, row) => {
    const v = viewers[role] as Browser;
    const record = await v.get(`/api/v1/people/employees/${omar}`);
    expect(record.status, 'record').toBe(row.contact ? 200 : 404);
    if (row.contact) {
      expect(record.body.phone).toBe('+966 50 111 2222');
      // sensitive values never travel with the record, whoever asks
      expect(record.body.redacted).toEqual(['nationalId', 'birthDate', 'iban', 'emergencyContact', 'healthNotes', 'compensation']);
      for (const value of Object.values(SECRET)) expect(JSON.stringify(record.body)).not.toContain(value);
    }
    const reveal = await v.post(`/api/v1/people/employees/${omar}/reveal`);
    expect(reveal.status, 'reveal').toBe(row.sensitive ? 200 : 403);
    if (row.sensitive) expect(reveal.body.iban).toBe(SECRET.iban);
    expect((await v.get('/api/v1/people/employees')).status, 'list').toBe(row.list ? 200 : 403);
    const exported = await ctx.app.request('/api/v1/people/employees/export', { headers: { cookie: v.cookie } });
    expect(exported.status, 'export').toBe(row.exportColumns === 'none' ? 403 : 200);
    if (row.exportColumns !== 'none') {
      const text = await exported.text();
      const header = text.split('\r\n')[0]?.split(',') ?? [];
      expect(header.includes('phone')).toBe(true);
      expect(header.includes('nationalId')).toBe(row.exportColumns === 'all');
      expect(text.includes(SECRET.nationalId)).toBe(row.exportColumns === 'all');
    }
    expect((await v.get('/api/v1/people/change-requests')).status, 'inbox').toBe(row.inbox ? 200 : 403);
    expect((await v.get('/api/v1/people/reports/headcount?from=2026-01&to=2026-02')).status, 'reports').toBe(row.reports ? 200 : 403);
    expect((await v.get('/api/v1/people/org-chart/people')).status, 'org chart').toBe(row.reports ? 200 : 403);
  });

  it('draws the org chart from reporting lines, one level at a time, with the chain above a person', async () => {
    const hr = viewers.hr as Browser;
    const roots = (await hr.get('/api/v1/people/org-chart/people')).body;
    expect(roots.items.map((p: { nameEn: string; directReports: number }) => [p.nameEn, p.directReports])).toEqual([
      ['Maha', 1],
      ['Nour', 0],
    ]);
    const level = (await hr.get(`/api/v1/people/org-chart/people?managerId=${maha}`)).body;
    expect(level).toMatchObject({ total: 1, items: [{ id: omar, nameEn: 'Omar' }] });
    expect((await hr.get(`/api/v1/people/org-chart/people/${omar}/chain`)).body.chain).toEqual([maha]);
    expect((await hr.get('/api/v1/people/org-chart/people/01a00000-0000-7000-8000-000000000099/chain')).status).toBe(404);
    expect((await hr.get('/api/v1/people/org-chart/people?pageSize=1&page=2')).body.items.map((p: { nameEn: string }) => p.nameEn)).toEqual(['Nour']);
  });
});
