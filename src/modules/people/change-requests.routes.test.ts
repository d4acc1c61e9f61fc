import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { employeeBody, peopleFixture } from './people.fixture.ts';

describe.each(DIALECTS)('self-service change requests on %s', (dialect) => {
  let ctx: TestApp;
  let hr: Browser;
  let employee: Browser;
  let finance: Browser;
  let employeeUserId: string;
  let omar: string;
  beforeAll(async () => {
    const f = await peopleFixture(dialect);
    ({ ctx, hr, employee, finance } = f);
    employeeUserId = f.employeeUser.id;
    omar = (
      await hr.post(
        '/api/v1/people/employees',
        employeeBody('E-002', { nameEn: 'Omar Faris', userId: f.employeeUser.id, phone: '+966 50 000 0001', emergencyContact: 'Old contact' }),
      )
    ).body.id;
  });
  afterAll(async () => ctx.close());

  const record = () =>
    ctx.t.db
      .selectFrom('people_employee' as never)
      .selectAll()
      .where('id' as never, '=', omar as never)
      .executeTakeFirstOrThrow() as never as Promise<Record<string, string | null>>;
  const audits = (action: string) => ctx.t.db.selectFrom('audit_event').select(['summary', 'target_id']).where('action', '=', action).execute();
  const notices = () =>
    ctx.t.db
      .selectFrom('notification' as never)
      .select(['title', 'body', 'user_id'] as never)
      .execute() as Promise<{ title: string; body: string; user_id: string }[]>;

  it('refuses bad proposals with the field named, and changes nothing', async () => {
    const before = await record();
    const bad = await employee.post('/api/v1/people/me/change-requests', { changes: { phone: 'call me' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toContain('phone');
    expect((await employee.post('/api/v1/people/me/change-requests', { changes: {} })).status).toBe(400);
    expect((await employee.post('/api/v1/people/me/change-requests', { changes: { iban: 'SA03' } })).status).toBe(400);
    expect((await employee.post('/api/v1/people/me/change-requests', { changes: { email: 'not-an-address' } })).status).toBe(400);
    // finance has no employee record here: nothing to change
    expect((await finance.post('/api/v1/people/me/change-requests', { changes: { phone: '1' } })).status).toBe(404);
    expect(
      (
        await ctx.t.db
          .selectFrom('people_change_request' as never)
          .selectAll()
          .execute()
      ).length,
    ).toBe(0);
    expect(await record()).toEqual(before);
  });

  it('an employee proposes a phone and emergency contact; the contact is encrypted; HR approves; the record changes and the employee is told', async () => {
    const created = await employee.post('/api/v1/people/me/change-requests', {
      changes: { phone: '+966 55 123 4567', emergencyContact: 'ليلى حداد +966 50 999 0000' },
      note: 'New number',
    });
    expect(created.status).toBe(201);
    expect(created.body.changes).toEqual([
      { field: 'phone', sensitive: false, current: '+966 50 000 0001', proposed: '+966 55 123 4567' },
      { field: 'emergencyContact', sensitive: true, proposed: 'ليلى حداد +966 50 999 0000' },
    ]);
    const raw = JSON.stringify(
      await ctx.t.db
        .selectFrom('people_change_request' as never)
        .selectAll()
        .execute(),
    );
    expect(raw).not.toContain('ليلى');
    expect(raw).toContain('+966 55 123 4567');
    // nothing applied yet
    expect((await record()).phone).toBe('+966 50 000 0001');
    const mine = (await employee.get('/api/v1/people/me/change-requests')).body;
    expect(mine).toMatchObject({ total: 1, items: [{ status: 'pending', note: 'New number' }] });
    expect((await employee.get('/api/v1/people/change-requests')).status).toBe(403);
    expect((await employee.post(`/api/v1/people/change-requests/${created.body.id}/approve`)).status).toBe(403);

    const inbox = (await hr.get('/api/v1/people/change-requests')).body;
    expect(inbox.total).toBe(1);
    expect(inbox.items[0]).toMatchObject({ employeeNumber: 'E-002', employeeName: { en: 'Omar Faris' } });
    // HR holds people.sensitive.read, so the proposed contact is shown
    expect(inbox.items[0].changes[1].proposed).toBe('ليلى حداد +966 50 999 0000');

    const approved = await hr.post(`/api/v1/people/change-requests/${created.body.id}/approve`);
    expect(approved.body).toEqual({ id: created.body.id, status: 'approved' });
    expect((await record()).phone).toBe('+966 55 123 4567');
    const revealed = (await hr.post(`/api/v1/people/employees/${omar}/reveal`)).body;
    expect(revealed.emergencyContact).toBe('ليلى حداد +966 50 999 0000');
    expect((await hr.post(`/api/v1/people/change-requests/${created.body.id}/approve`)).status).toBe(409);
    expect((await hr.post(`/api/v1/people/change-requests/${created.body.id}/reject`, { reason: 'late' })).status).toBe(409);
    expect((await audits('people.change_request.approved')).map((a) => JSON.parse(a.summary as string).fields)).toEqual([['phone', 'emergencyContact']]);
    expect((await audits('people.employee.updated')).at(-1)?.target_id).toBe(omar);
    const told = await notices();
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ user_id: employeeUserId, title: expect.stringContaining('approved') });
    expect((await hr.get('/api/v1/people/change-requests')).body.total).toBe(0);
    expect((await hr.get('/api/v1/people/change-requests?status=approved')).body.total).toBe(1);
  });

  it('HR rejects with a reason (required); the record stays; the employee sees the reason', async () => {
    const created = (await employee.post('/api/v1/people/me/change-requests', { changes: { nameAr: 'عمر الفارس', address: '' } })).body;
    expect(created.changes.map((c: { field: string; proposed: string | null }) => [c.field, c.proposed])).toEqual([
      ['nameAr', 'عمر الفارس'],
      ['address', null],
    ]);
    const noReason = await hr.post(`/api/v1/people/change-requests/${created.id}/reject`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].path).toContain('reason');
    expect((await hr.get(`/api/v1/people/change-requests?status=pending`)).body.total).toBe(1);
    const unknown = '01a00000-0000-7000-8000-000000000099';
    expect((await hr.post(`/api/v1/people/change-requests/${unknown}/approve`)).status).toBe(404);
    expect((await hr.post(`/api/v1/people/change-requests/${unknown}/reject`, {})).status).toBe(404);
    const rejected = await hr.post(`/api/v1/people/change-requests/${created.id}/reject`, { reason: 'Use your legal name · استخدم اسمك القانوني' });
    expect(rejected.body.status).toBe('rejected');
    expect((await record()).name_ar).toBe('الموظف E-002');
    const mine = (await employee.get('/api/v1/people/me/change-requests')).body.items;
    expect(mine.find((r: { id: string }) => r.id === created.id)).toMatchObject({
      status: 'rejected',
      decisionReason: 'Use your legal name · استخدم اسمك القانوني',
    });
    expect((await notices()).at(-1)?.body).toBe('Use your legal name · استخدم اسمك القانوني');
    expect(await audits('people.change_request.rejected')).toHaveLength(1);
  });
});
