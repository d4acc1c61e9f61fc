import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { employeeBody, orgSetup, peopleFixture, SECRET } from './people.fixture.ts';

describe.each(DIALECTS)('people routes on %s', (dialect) => {
  let ctx: TestApp;
  let hr: Browser;
  let manager: Browser;
  let employee: Browser;
  let finance: Browser;
  let org: Awaited<ReturnType<typeof orgSetup>>;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const f = await peopleFixture(dialect);
    ({ ctx, hr, manager, employee, finance } = f);
    org = await orgSetup(hr);
    ids.maha = (
      await hr.post('/api/v1/people/employees', employeeBody('E-001', { nameEn: 'Maha Saleh', userId: f.managerUser.id, departmentId: org.sales.id }))
    ).body.id;
    const omar = await hr.post(
      '/api/v1/people/employees',
      employeeBody('E-002', {
        nameEn: 'Omar Faris',
        nameAr: 'عمر فارس',
        userId: f.employeeUser.id,
        departmentId: org.sales.id,
        positionId: org.rep.id,
        managerId: ids.maha,
        ...SECRET,
        iban: 'SA03 8000 0000 6080 1016 7519',
        compensation: { amount: '16', currency: 'USD', basis: 'hour' },
      }),
    );
    expect(omar.status).toBe(201);
    ids.omar = omar.body.id;
    ids.other = (await hr.post('/api/v1/people/employees', employeeBody('E-003', { nameEn: 'Sara Nasser', departmentId: org.support.id }))).body.id;
  });
  afterAll(async () => ctx.close());

  it('refuses a bad IBAN, a taken employee number and a body that sets the company', async () => {
    const bad = await hr.post('/api/v1/people/employees', employeeBody('E-009', { iban: 'DE89 3704 0044 0532 0130 01' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'iban', message: expect.stringMatching(/check digits/) });
    expect((await hr.post('/api/v1/people/employees', employeeBody('E-001'))).status).toBe(409);
    expect((await hr.post('/api/v1/people/employees', employeeBody('E-010', { companyId: 'x' }))).status).toBe(400);
    expect((await hr.post('/api/v1/people/employees', employeeBody('E-011', { iban: 'DE89 3704 0044 0532 0130 00' }))).status).toBe(201);
  });

  it('keeps job and pay history as dated records: the timeline grows, nothing is overwritten', async () => {
    const moved = await hr.post(`/api/v1/people/employees/${ids.omar}/job-changes`, {
      effectiveDate: '2025-03-01',
      departmentId: org.support.id,
      reason: 'Transfer',
    });
    expect(moved.status).toBe(201);
    expect((await hr.post(`/api/v1/people/employees/${ids.omar}/job-changes`, { effectiveDate: '2025-03-01', reason: 'again' })).status).toBe(409);
    expect((await hr.post(`/api/v1/people/employees/${ids.omar}/job-changes`, { effectiveDate: '2023-03-01', reason: 'early' })).status).toBe(409);
    expect((await hr.post(`/api/v1/people/employees/${ids.omar}/job-changes`, { effectiveDate: '2025-04-01', managerId: ids.omar, reason: 'x' })).status).toBe(
      400,
    );
    expect(
      (
        await hr.post(`/api/v1/people/employees/${ids.omar}/compensation`, {
          effectiveDate: '2025-01-01',
          amount: '18.50',
          currency: 'USD',
          basis: 'hour',
          reason: 'Raise',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await hr.post(`/api/v1/people/employees/${ids.omar}/compensation`, {
          effectiveDate: '2025-06-01',
          amount: '18.505',
          currency: 'USD',
          basis: 'hour',
          reason: 'x',
        })
      ).status,
    ).toBe(400);
    expect((await hr.post(`/api/v1/people/employees/${ids.omar}/compensation`, { effectiveDate: '2025-06-01', currency: 'USD' })).status).toBe(400);
    const detail = (await hr.get(`/api/v1/people/employees/${ids.omar}`)).body;
    expect(
      detail.timeline.map((t: { effectiveDate: string; departmentName: { en: string }; until: string | null }) => [
        t.effectiveDate,
        t.departmentName.en,
        t.until,
      ]),
    ).toEqual([
      ['2024-01-01', 'Sales', '2025-03-01'],
      ['2025-03-01', 'Support', null],
    ]);
    // carried over from the record in effect
    expect(detail.current).toMatchObject({ positionTitle: { en: 'Sales rep' }, managerName: { en: 'Maha Saleh' } });
    const onlySupport = (await hr.get(`/api/v1/people/employees?departmentId=${org.support.id}`)).body.items.map(
      (e: { employeeNumber: string }) => e.employeeNumber,
    );
    expect(onlySupport).toEqual(['E-002', 'E-003']);
    expect((await hr.get('/api/v1/people/employees?q=omar')).body.total).toBe(1);
    expect((await hr.get('/api/v1/people/employees?q=عمر')).body.items[0].employeeNumber).toBe('E-002');
  });

  it('omits sensitive fields (named as redacted); the reveal needs people.sensitive.read and is audited', async () => {
    const detail = (await hr.get(`/api/v1/people/employees/${ids.omar}`)).body;
    expect(detail.redacted).toEqual(['nationalId', 'birthDate', 'iban', 'emergencyContact', 'healthNotes', 'compensation']);
    expect(JSON.stringify(detail)).not.toContain(SECRET.nationalId);
    expect(detail).not.toHaveProperty('iban');
    const revealed = await hr.post(`/api/v1/people/employees/${ids.omar}/reveal`);
    expect(revealed.status).toBe(200);
    expect(revealed.body).toMatchObject({ ...SECRET });
    expect(revealed.body.compensation.map((c: { amount: string; basis: string }) => `${c.amount}/${c.basis}`)).toEqual(['16.00/hour', '18.50/hour']);
    const events = await ctx.t.db.selectFrom('audit_event').select(['action', 'target_id']).where('action', '=', 'people.sensitive.revealed').execute();
    expect(events).toEqual([{ action: 'people.sensitive.revealed', target_id: ids.omar }]);
    expect((await finance.post(`/api/v1/people/employees/${ids.omar}/reveal`)).status).toBe(403);
    expect((await manager.post(`/api/v1/people/employees/${ids.omar}/reveal`)).status).toBe(403);
  });

  it('lets a manager see their direct reports and everyone their own record; other ids answer 404', async () => {
    expect((await manager.get(`/api/v1/people/employees/${ids.omar}`)).body).toMatchObject({ access: 'manager', nameEn: 'Omar Faris' });
    expect((await manager.get(`/api/v1/people/employees/${ids.other}`)).status).toBe(404);
    expect((await employee.get(`/api/v1/people/employees/${ids.omar}`)).body.access).toBe('self');
    expect((await employee.get(`/api/v1/people/employees/${ids.maha}`)).status).toBe(404);
    expect((await finance.get(`/api/v1/people/employees/${ids.omar}`)).status).toBe(404);
    expect((await employee.get('/api/v1/people/employees')).status).toBe(403);
    const team = (await manager.get('/api/v1/people/team')).body;
    expect(team.self.employeeNumber).toBe('E-001');
    expect(team.reports.map((r: { employeeNumber: string }) => r.employeeNumber)).toEqual(['E-002']);
    expect((await hr.patch(`/api/v1/people/employees/${ids.omar}`, { phone: '+966 11 000 0000', healthNotes: null })).body.phone).toBe('+966 11 000 0000');
    expect((await manager.patch(`/api/v1/people/employees/${ids.omar}`, { phone: '1' })).status).toBe(403);
  });

  it('answers 404 on every {id} route for an unknown id, whatever the body', async () => {
    const unknown = '01a00000-0000-7000-8000-000000000099';
    for (const [method, path] of [
      ['GET', `/api/v1/people/employees/${unknown}`],
      ['PATCH', `/api/v1/people/employees/${unknown}`],
      ['POST', `/api/v1/people/employees/${unknown}/job-changes`],
      ['POST', `/api/v1/people/employees/${unknown}/compensation`],
      ['POST', `/api/v1/people/employees/${unknown}/reveal`],
      ['PATCH', `/api/v1/people/departments/${unknown}`],
    ]) {
      expect((await hr.request(method, path, method === 'GET' ? undefined : {})).status, `${method} ${path}`).toBe(404);
    }
  });

  it('shows the department tree with headcounts, positions with planned and filled headcount, and cycles refused', async () => {
    const tree = (await hr.get('/api/v1/people/org-chart')).body.items;
    const sales = tree.find((d: { nameEn: string }) => d.nameEn === 'Sales');
    expect(sales).toMatchObject({ headcount: 1, totalHeadcount: 3, children: [{ nameEn: 'Support', headcount: 2 }] });
    expect((await hr.get('/api/v1/people/positions')).body.items[0]).toMatchObject({ titleEn: 'Sales rep', headcount: 3, filled: 1 });
    expect((await hr.patch(`/api/v1/people/departments/${org.sales.id}`, { parentId: org.support.id })).status).toBe(400);
  });

  it('exports CSV honouring field permissions, and audits each export', async () => {
    const res = await ctx.app.request('/api/v1/people/employees/export', { headers: { cookie: hr.cookie } });
    const csv = await res.text();
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(csv.split('\r\n')[0]).toContain('iban');
    expect(csv).toContain(SECRET.iban);
    expect(csv).toContain('18.50,USD,hour');
    const exports = await ctx.t.db.selectFrom('audit_event').select('summary').where('action', '=', 'people.exported').execute();
    expect(exports.map((e) => JSON.parse(e.summary as string).sensitive)).toEqual([true]);
  });
});
