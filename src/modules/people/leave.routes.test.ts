import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { employeeBody, peopleFixture } from './people.fixture.ts';

describe.each(DIALECTS)('people leave types, policies and derived balances on %s', (dialect) => {
  let ctx: TestApp;
  let hr: Browser;
  let employee: Browser;
  let finance: Browser;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const f = await peopleFixture(dialect);
    ({ ctx, hr, employee, finance } = f);
    ids.omar = (await hr.post('/api/v1/people/employees', employeeBody('E-001', { hireDate: '2025-07-01', userId: f.employeeUser.id }))).body.id;
    ids.sara = (await hr.post('/api/v1/people/employees', employeeBody('E-002', { hireDate: '2025-01-01', employmentType: 'part_time' }))).body.id;
  });
  afterAll(async () => ctx.close());

  it('adds leave types (unique codes) and sets policies per employment type', async () => {
    const annual = await hr.post('/api/v1/people/leave-types', { code: 'annual', nameEn: 'Annual leave', nameAr: 'إجازة سنوية' });
    expect(annual.status).toBe(201);
    ids.annual = annual.body.id;
    const again = await hr.post('/api/v1/people/leave-types', { code: 'annual', nameEn: 'Again', nameAr: 'مرة أخرى' });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ field: 'code' });
    const all = { employmentType: 'all', accrual: 'yearly', daysPerYear: 21, carryOverCap: 5 };
    expect((await hr.request('PUT', `/api/v1/people/leave-types/${ids.annual}/policy`, all)).status).toBe(200);
    const part = { employmentType: 'part_time', accrual: 'monthly', daysPerYear: 12, carryOverCap: null };
    expect((await hr.request('PUT', `/api/v1/people/leave-types/${ids.annual}/policy`, part)).status).toBe(200);
    expect((await hr.request('PUT', `/api/v1/people/leave-types/${ids.annual}/policy`, { ...part, daysPerYear: 1.234 })).status).toBe(400);
    const list = (await hr.get('/api/v1/people/leave-types')).body.items;
    expect(list).toHaveLength(1);
    expect(list[0].policies).toHaveLength(2);
  });

  it('derives balances: pro rata from the hire date, adjustments as records, the carry-over cap at year end', async () => {
    // 184 of 365 days of 2025 left on 1 July: floor(2100 × 184 / 365) hundredths
    const first = (await hr.get(`/api/v1/people/employees/${ids.omar}/leave-balances?asOf=2025-12-31`)).body.items[0];
    expect(first).toMatchObject({ code: 'annual', accrued: 10.58, used: 0, balance: 10.58, policy: { employmentType: 'all' } });
    const adj = await hr.post(`/api/v1/people/employees/${ids.omar}/leave-adjustments`, {
      leaveTypeId: ids.annual,
      date: '2025-12-01',
      days: -2.5,
      reason: 'Leave taken before the system',
    });
    expect(adj.status).toBe(201);
    expect(
      (await hr.post(`/api/v1/people/employees/${ids.omar}/leave-adjustments`, { leaveTypeId: ids.annual, date: '2025-12-01', days: 0, reason: 'x' })).status,
    ).toBe(400);
    const next = (await hr.get(`/api/v1/people/employees/${ids.omar}/leave-balances?asOf=2026-01-01`)).body.items[0];
    // 8.08 closing, capped at 5, then 2026's 21
    expect(next).toMatchObject({ accrued: 31.58, adjusted: -2.5, forfeited: 3.08, balance: 26 });
    const part = (await hr.get(`/api/v1/people/employees/${ids.sara}/leave-balances?asOf=2025-03-31`)).body.items[0];
    expect(part).toMatchObject({ accrued: 3, policy: { employmentType: 'part_time', accrual: 'monthly' } });
  });

  it('keeps adjustment records append-only in the database', async () => {
    await expect(sql`update people_leave_entry set amount = 0`.execute(ctx.t.db)).rejects.toThrow();
    await expect(sql`delete from people_leave_entry`.execute(ctx.t.db)).rejects.toThrow();
  });

  it('lets the employee read their own balances only; writes need people.write', async () => {
    expect((await employee.get(`/api/v1/people/employees/${ids.omar}/leave-balances`)).status).toBe(200);
    expect((await employee.get(`/api/v1/people/employees/${ids.sara}/leave-balances`)).status).toBe(404);
    expect((await finance.get('/api/v1/people/leave-types')).status).toBe(403);
    expect((await finance.post('/api/v1/people/leave-types', { code: 'sick', nameEn: 'Sick', nameAr: 'مرضية' })).status).toBe(403);
    expect(
      (await employee.post(`/api/v1/people/employees/${ids.omar}/leave-adjustments`, { leaveTypeId: ids.annual, date: '2025-12-01', days: 30, reason: 'x' }))
        .status,
    ).toBe(403);
  });
});
