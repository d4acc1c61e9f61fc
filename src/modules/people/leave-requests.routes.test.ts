import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type Browser, type TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { employeeBody, orgSetup, peopleFixture } from './people.fixture.ts';

// 2026-03-09 … 03-11 are Monday to Wednesday: working days in a Sunday–Thursday and a Monday–Friday week.
describe.each(DIALECTS)('people leave requests, approvals and the team calendar on %s', (dialect) => {
  let ctx: TestApp;
  let hr: Browser;
  let manager: Browser;
  let employee: Browser;
  let finance: Browser;
  let otherManager: Browser;
  const ids: Record<string, string> = {};
  const requests = () => sql<{ n: string }>`select cast(count(*) as text) as n from people_leave_request`.execute(ctx.t.db).then((r) => r.rows[0]?.n);
  const entries = () => sql<{ n: string }>`select cast(count(*) as text) as n from people_leave_entry`.execute(ctx.t.db).then((r) => r.rows[0]?.n);
  // refused calls write nothing but the platform's own record of a denied permission
  const auditCount = () =>
    sql<{ n: string }>`select cast(count(*) as text) as n from audit_event where action != 'auth.permission_denied'`
      .execute(ctx.t.db)
      .then((r) => r.rows[0]?.n);
  const auditActions = (targetId: string) =>
    sql<{ action: string }>`select action from audit_event where target_id = ${targetId} order by id`
      .execute(ctx.t.db)
      .then((r) => r.rows.map((x) => x.action));
  const notices = (userId: string) =>
    sql<{ title: string; body: string }>`select title, body from notification where user_id = ${userId} order by id`.execute(ctx.t.db).then((r) => r.rows);
  const available = async (who: Browser, code = 'annual') =>
    (await who.get(`/api/v1/people/employees/${ids.omar}/leave-availability`)).body.items.find((i: { code: string }) => i.code === code);
  const ask = (who: Browser, body: Record<string, unknown>) => who.post('/api/v1/people/leave-requests', { leaveTypeId: ids.annual, ...body });

  beforeAll(async () => {
    const f = await peopleFixture(dialect);
    ({ ctx, hr, manager, employee, finance } = f);
    const other = await addUser(ctx.app, f.admin, 'nour@acme.test', ['employee']);
    otherManager = other.browser;
    ids.managerUser = f.managerUser.id;
    ids.employeeUser = f.employeeUser.id;
    // the manager reads Arabic
    await sql`update app_user set locale = 'ar' where id = ${f.managerUser.id}`.execute(ctx.t.db);
    const { sales, support } = await orgSetup(hr);
    ids.sales = sales.id;
    ids.support = support.id;
    const create = async (n: string, extra: Record<string, unknown>) => {
      const r = await hr.post('/api/v1/people/employees', employeeBody(n, { hireDate: '2025-01-01', ...extra }));
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    ids.maha = await create('E-010', { userId: f.managerUser.id, departmentId: sales.id });
    ids.omar = await create('E-001', { userId: f.employeeUser.id, managerId: ids.maha, departmentId: sales.id });
    ids.nour = await create('E-020', { userId: other.user.id, departmentId: support.id });
    ids.sami = await create('E-021', { managerId: ids.nour, departmentId: support.id, endDate: '2026-06-30', endReason: 'contract' });
    ids.annual = (await hr.post('/api/v1/people/leave-types', { code: 'annual', nameEn: 'Annual leave', nameAr: 'إجازة سنوية' })).body.id;
    ids.unpaid = (
      await hr.post('/api/v1/people/leave-types', { code: 'unpaid', nameEn: 'Unpaid leave', nameAr: 'إجازة بدون أجر', allowNegative: true })
    ).body.id;
    await hr.request('PUT', `/api/v1/people/leave-types/${ids.annual}/policy`, { employmentType: 'all', accrual: 'yearly', daysPerYear: 21, carryOverCap: 0 });
  });
  afterAll(async () => ctx.close());

  it('counts working days before submitting, and what is available on the start date', async () => {
    const preview = await employee.get(`/api/v1/people/leave-requests/working-days?from=2026-03-09&to=2026-03-11&leaveTypeId=${ids.annual}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ days: 3, available: 21 });
    const half = await employee.get('/api/v1/people/leave-requests/working-days?from=2026-03-09&to=2026-03-11&startsAfternoon=true&endsMidday=true');
    expect(half.body.days).toBe(2);
    expect((await employee.get('/api/v1/people/leave-requests/working-days?from=2026-03-11&to=2026-03-09')).status).toBe(400);
  });

  it('the employee asks for 3 days; the manager (in Arabic) and HR are told; a manager of another team cannot approve', async () => {
    const r = await ask(employee, { from: '2026-03-09', to: '2026-03-11', note: 'Family visit' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ employeeId: ids.omar, days: 3, status: 'pending', canCancel: true, canDecide: false, leaveTypeCode: 'annual' });
    ids.first = r.body.id;
    const toManager = await notices(ids.managerUser);
    expect(toManager).toHaveLength(1);
    expect(toManager[0]?.title).toBe('طلب إجازة من الموظف E-001');
    expect(toManager[0]?.body).toContain('إجازة سنوية');
    expect((await hr.get('/api/v1/notifications')).body.items[0].title).toBe('Leave request from Employee E-001');
    expect(await notices(ids.employeeUser)).toHaveLength(0);

    const inbox = (await manager.get('/api/v1/people/leave-requests?scope=inbox')).body;
    expect(inbox.items.map((i: { id: string }) => i.id)).toEqual([ids.first]);
    expect(inbox.items[0].canDecide).toBe(true);
    expect((await otherManager.get('/api/v1/people/leave-requests?scope=inbox')).body.items).toEqual([]);
    // another team's manager cannot see it, so cannot approve it either; nothing changes
    const before = await entries();
    const foreign = await otherManager.post(`/api/v1/people/leave-requests/${ids.first}/approve`);
    expect(foreign.status).toBe(404);
    expect((await employee.post(`/api/v1/people/leave-requests/${ids.first}/approve`)).status).toBe(403);
    expect((await employee.post(`/api/v1/people/leave-requests/${ids.first}/approve`)).body.error.details).toMatchObject({ reason: 'ownRequest' });
    expect((await finance.post(`/api/v1/people/leave-requests/${ids.first}/approve`)).status).toBe(404);
    expect(await entries()).toBe(before);
    expect((await employee.get(`/api/v1/people/leave-requests/${ids.first}`)).body.status).toBe('pending');
  });

  it('refuses overlap, insufficient balance and dates outside the employment, naming the field; a refusal changes nothing', async () => {
    const [reqs, ents, audit] = [await requests(), await entries(), await auditCount()];
    const overlap = await ask(employee, { from: '2026-03-11', to: '2026-03-12' });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.details).toMatchObject({
      field: 'from',
      reason: 'overlap',
      code: 'people.leave.overlap',
      requestId: ids.first,
      status: 'pending',
    });
    // ending at midday on the 9th would not touch an afternoon start; but the 9th morning is taken
    expect((await ask(employee, { from: '2026-03-08', to: '2026-03-09', endsMidday: true })).body.error.details).toMatchObject({ reason: 'overlap' });
    const tooMuch = await ask(employee, { from: '2026-04-06', to: '2026-05-08' });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error.details).toMatchObject({ field: 'leaveTypeId', reason: 'insufficientBalance', available: 18 });
    const early = await ask(employee, { from: '2024-12-30', to: '2025-01-02' });
    expect(early.body.error.details).toMatchObject({ field: 'from', reason: 'beforeHire', hireDate: '2025-01-01' });
    const late = await ask(hr, { employeeId: ids.sami, from: '2026-06-29', to: '2026-07-02' });
    expect(late.body.error.details).toMatchObject({ field: 'to', reason: 'afterEnd', endDate: '2026-06-30' });
    expect((await ask(employee, { from: '2026-03-16', to: '2026-03-16', startsAfternoon: true, endsMidday: true })).body.error.details).toMatchObject({
      field: 'endsMidday',
      reason: 'emptySpan',
    });
    const bad = await ask(employee, { from: '2026-03-20', to: '2026-03-19' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'to' })]));
    // a manager cannot file for a report; another team's record is not found
    expect((await ask(manager, { employeeId: ids.omar, from: '2026-04-06', to: '2026-04-06' })).status).toBe(403);
    expect((await ask(otherManager, { employeeId: ids.omar, from: '2026-04-06', to: '2026-04-06' })).status).toBe(404);
    expect([await requests(), await entries(), await auditCount()]).toEqual([reqs, ents, audit]);
  });

  it('approval writes the usage record with the status; the balance is derived; the employee is told', async () => {
    expect((await available(employee)).available).toBe(21);
    const ok = await manager.post(`/api/v1/people/leave-requests/${ids.first}/approve`);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'approved', decidedBy: 'maha@acme.test', canDecide: false });
    const usage = await sql<{
      kind: string;
      amount: string;
      date: string;
    }>`select kind, cast(amount as text) as amount, date from people_leave_entry where employee_id = ${ids.omar}`.execute(ctx.t.db);
    expect(usage.rows.map((r) => [r.kind, r.amount, String(r.date).slice(0, 10)])).toEqual([['usage', '300', '2026-03-09']]);
    expect(await available(employee)).toMatchObject({ balance: 21, booked: 3, available: 18, pending: 0 });
    expect((await employee.get(`/api/v1/people/employees/${ids.omar}/leave-balances?asOf=2026-03-31`)).body.items[0]).toMatchObject({ used: 3, balance: 18 });
    expect((await notices(ids.employeeUser)).map((n) => n.title)).toEqual(['Leave approved']);
    const again = await hr.post(`/api/v1/people/leave-requests/${ids.first}/approve`);
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ field: 'status', reason: 'notPending' });
    expect(await auditActions(ids.first)).toEqual(['people.leave.requested', 'people.leave.approved']);
  });

  it('rejects with a reason (required); HR files on behalf; unpaid leave may go negative', async () => {
    const r = await ask(hr, { employeeId: ids.omar, from: '2026-04-06', to: '2026-04-07' });
    expect(r.status).toBe(201);
    expect((await hr.post(`/api/v1/people/leave-requests/${r.body.id}/reject`, {})).status).toBe(400);
    const no = await manager.post(`/api/v1/people/leave-requests/${r.body.id}/reject`, { reason: 'Quarter close' });
    expect(no.body).toMatchObject({ status: 'rejected', decisionReason: 'Quarter close' });
    expect((await notices(ids.employeeUser)).map((n) => n.body)).toContainEqual(expect.stringContaining('Quarter close'));
    const unpaid = await ask(employee, { leaveTypeId: ids.unpaid, from: '2026-04-13', to: '2026-04-15' });
    expect(unpaid.status).toBe(201);
    expect((await hr.post(`/api/v1/people/leave-requests/${unpaid.body.id}/approve`)).status).toBe(200);
    expect(await available(employee, 'unpaid')).toMatchObject({ booked: 3, available: -3 });
    ids.unpaidRequest = unpaid.body.id;
  });

  it('cancels before the start (reversing approved usage by a record), not after; only the employee or HR', async () => {
    expect((await manager.post(`/api/v1/people/leave-requests/${ids.unpaidRequest}/cancel`)).status).toBe(403);
    const c = await employee.post(`/api/v1/people/leave-requests/${ids.unpaidRequest}/cancel`);
    expect(c.status).toBe(200);
    expect(c.body.status).toBe('cancelled');
    expect(await available(employee, 'unpaid')).toMatchObject({ booked: 0, available: 0 });
    const rows = await sql<{
      amount: string;
    }>`select cast(amount as text) as amount from people_leave_entry where leave_type_id = ${ids.unpaid} order by amount`.execute(ctx.t.db);
    expect(rows.rows.map((x) => x.amount)).toEqual(['-300', '300']);
    expect((await employee.post(`/api/v1/people/leave-requests/${ids.unpaidRequest}/cancel`)).body.error.details).toMatchObject({ reason: 'notLive' });
    // leave recorded after the fact (it started in February) cannot be cancelled any more
    const past = await ask(hr, { employeeId: ids.omar, from: '2026-02-24', to: '2026-02-24' });
    expect(past.status).toBe(201);
    const late = await employee.post(`/api/v1/people/leave-requests/${past.body.id}/cancel`);
    expect(late.status).toBe(409);
    expect(late.body.error.details).toMatchObject({ field: 'from', reason: 'started' });
    expect(past.body.canCancel).toBe(false);
  });

  it('shows the month: who is away, holidays; HR all, a colleague without the kind of leave, another team nothing of ours', async () => {
    await hr.post('/api/v1/people/holidays', { date: '2026-03-18', nameEn: 'Founding', nameAr: 'التأسيس' });
    const all = await hr.get('/api/v1/people/team-calendar?month=2026-03');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(4);
    expect(all.body.holidays).toEqual([{ date: '2026-03-18', nameEn: 'Founding', nameAr: 'التأسيس', halfDay: false }]);
    const omar = all.body.people.find((p: { employeeId: string }) => p.employeeId === ids.omar);
    expect(omar.absences).toEqual([
      expect.objectContaining({ from: '2026-03-09', to: '2026-03-11', status: 'approved', leaveType: expect.objectContaining({ code: 'annual' }) }),
    ]);
    const sales = await hr.get(`/api/v1/people/team-calendar?month=2026-03&departmentId=${ids.sales}`);
    expect(sales.body.people.map((p: { nameEn: string }) => p.nameEn)).toEqual(['Employee E-001', 'Employee E-010']);
    const team = (await otherManager.get('/api/v1/people/team-calendar?month=2026-03')).body;
    expect(team.people.map((p: { nameEn: string }) => p.nameEn)).toEqual(['Employee E-020', 'Employee E-021']);
    const mine = (await manager.get('/api/v1/people/team-calendar?month=2026-03')).body;
    expect(mine.people.find((p: { employeeId: string }) => p.employeeId === ids.omar).absences[0].leaveType.code).toBe('annual');
    expect((await hr.get('/api/v1/people/team-calendar?month=2026-13')).status).toBe(400);
    expect((await hr.get('/api/v1/people/team-calendar?month=2026-03&pageSize=1')).body.people).toHaveLength(1);
  });

  it('lists with pagination and scopes: mine, all (HR), and nothing of others for an outsider', async () => {
    const mine = (await employee.get('/api/v1/people/leave-requests?scope=mine&pageSize=2')).body;
    expect(mine).toMatchObject({ total: 4, pageSize: 2 });
    expect(mine.items).toHaveLength(2);
    expect((await hr.get('/api/v1/people/leave-requests?scope=all&status=approved')).body.total).toBe(1);
    expect((await otherManager.get('/api/v1/people/leave-requests?scope=all')).body.total).toBe(0);
    expect((await otherManager.get(`/api/v1/people/leave-requests?scope=all&employeeId=${ids.omar}`)).status).toBe(404);
    expect((await finance.get(`/api/v1/people/employees/${ids.omar}/leave-availability`)).status).toBe(404);
  });
});
