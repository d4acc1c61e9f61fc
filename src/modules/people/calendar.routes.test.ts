import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { peopleFixture } from './people.fixture.ts';

describe.each(DIALECTS)('people company calendar routes on %s', (dialect) => {
  let ctx: TestApp;
  let hr: Browser;
  let finance: Browser;
  let workWeek: number[];
  beforeAll(async () => {
    ({ ctx, hr, finance } = await peopleFixture(dialect));
    const cal = await hr.get('/api/v1/people/calendar?year=2026');
    expect(cal.status).toBe(200);
    workWeek = cal.body.workWeek;
  });
  afterAll(async () => ctx.close());

  it('adds holidays (one a date), lists them by year and counts the working days they leave', async () => {
    const before = (await hr.get('/api/v1/people/calendar?year=2026')).body.workingDays;
    // 2026-09-23 is a Wednesday, a working day in both a Sunday–Thursday and a Monday–Friday week
    const national = await hr.post('/api/v1/people/holidays', { date: '2026-09-23', nameEn: 'National Day', nameAr: 'اليوم الوطني' });
    expect(national.status).toBe(201);
    expect(national.body).toMatchObject({ date: '2026-09-23', nameAr: 'اليوم الوطني', halfDay: false });
    const eve = await hr.post('/api/v1/people/holidays', { date: '2026-09-22', nameEn: 'Eve', nameAr: 'عشية', halfDay: true });
    expect(eve.status).toBe(201);
    const again = await hr.post('/api/v1/people/holidays', { date: '2026-09-23', nameEn: 'Twice', nameAr: 'مرتين' });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ field: 'date' });
    expect((await hr.post('/api/v1/people/holidays', { date: '2026-02-30', nameEn: 'x', nameAr: 'x' })).status).toBe(400);
    const cal = (await hr.get('/api/v1/people/calendar?year=2026')).body;
    expect(cal.holidays.map((h: { date: string }) => h.date)).toEqual(['2026-09-22', '2026-09-23']);
    expect(cal.workingDays).toBe(before - 1.5);
    expect((await hr.get('/api/v1/people/calendar?year=2027')).body.holidays).toEqual([]);
    const week = await hr.get('/api/v1/people/calendar/working-days?from=2026-09-20&to=2026-09-26');
    expect(week.body.workingDays).toBe(workWeek.length - 1.5);
    const half = await hr.get('/api/v1/people/calendar/working-days?from=2026-09-20&to=2026-09-26&startsAfternoon=true');
    expect(half.body.workingDays).toBeLessThanOrEqual(workWeek.length - 1.5);
    expect((await hr.get('/api/v1/people/calendar/working-days?from=2026-09-26&to=2026-09-20')).status).toBe(400);
    expect((await hr.delete(`/api/v1/people/holidays/${eve.body.id}`)).status).toBe(200);
    expect((await hr.delete(`/api/v1/people/holidays/${eve.body.id}`)).status).toBe(404);
    expect((await hr.get('/api/v1/people/calendar?year=2026')).body.workingDays).toBe(before - 1);
  });

  it('imports holidays from CSV all or nothing, with a row-by-row report', async () => {
    const refused = await hr.post('/api/v1/people/holidays/import', {
      csv: 'date,nameEn,nameAr,halfDay\n2027-02-22,Founding Day,يوم التأسيس,no\n2027-13-01,Bad,سيئ,no\n2027-02-22,Twice,مرتين,maybe\n2026-09-23,Taken,مأخوذ,\n',
    });
    expect(refused.status).toBe(200);
    expect(refused.body.imported).toBe(0);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, field: 'date' }),
        expect.objectContaining({ row: 4, field: 'halfDay' }),
        expect.objectContaining({ row: 4, field: 'date', message: '2027-02-22 is also on row 2' }),
        expect.objectContaining({ row: 5, field: 'date', message: 'A holiday on 2026-09-23 exists' }),
      ]),
    );
    expect((await hr.get('/api/v1/people/calendar?year=2027')).body.holidays).toEqual([]);
    const ok = await hr.post('/api/v1/people/holidays/import', {
      csv: 'date,nameEn,nameAr,halfDay\n2027-02-22,Founding Day,يوم التأسيس,no\n2027-09-22,Eve,عشية,yes\n',
    });
    expect(ok.body).toEqual({ imported: 2, errors: [] });
    const cal = (await hr.get('/api/v1/people/calendar?year=2027')).body;
    expect(cal.holidays).toMatchObject([
      { date: '2027-02-22', nameEn: 'Founding Day', halfDay: false },
      { date: '2027-09-22', nameAr: 'عشية', halfDay: true },
    ]);
  });

  it('reads need people.read and writes people.write', async () => {
    expect((await finance.get('/api/v1/people/calendar?year=2026')).status).toBe(403);
    expect((await finance.get('/api/v1/people/calendar/working-days?from=2026-01-01&to=2026-01-31')).status).toBe(403);
    expect((await finance.post('/api/v1/people/holidays', { date: '2026-12-01', nameEn: 'x', nameAr: 'x' })).status).toBe(403);
    expect((await finance.post('/api/v1/people/holidays/import', { csv: 'date,nameEn,nameAr\n2026-12-01,x,x\n' })).status).toBe(403);
  });
});
