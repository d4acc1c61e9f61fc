import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { newId } from '../../platform/ids.ts';
import { employeeBody, peopleFixture } from './people.fixture.ts';
import { zonedToUtc } from './zoned-time.ts';

const A = '/api/v1/people/appointments';
const wall = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);

/**
 * The feed parsed by ical.js: Arabic titles survive, every event is written in UTC and lands at
 * 10:00 Berlin on both sides of the March and October daylight-saving changes, and at 10:00 in Riyadh.
 */
describe.each(DIALECTS)('the iCalendar feed read by ical.js on %s', (dialect) => {
  let ctx: TestApp;
  let hr: Browser;
  let employee: Browser;
  const ids: Record<string, string> = {};
  // last Sundays: 29 March and 25 October 2026
  const berlin = ['2026-03-28', '2026-03-30', '2026-10-24', '2026-10-26'];
  beforeAll(async () => {
    const f = await peopleFixture(dialect);
    ({ ctx, hr, employee } = f);
    ids.omar = (await hr.post('/api/v1/people/employees', employeeBody('E-001', { userId: f.employeeUser.id, timeZone: 'Europe/Berlin' }))).body.id;
    for (const date of berlin) {
      const start = zonedToUtc(date, 10 * 60, 'Europe/Berlin');
      const res = await hr.post(A, {
        title: `مراجعة الأداء ${date}`,
        kind: 'review',
        attendeeIds: [ids.omar],
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
        location: 'غرفة الاجتماعات، الطابق ٣',
      });
      expect(res.status).toBe(201);
      ids[date] = res.body.id;
    }
    const riyadh = zonedToUtc('2026-04-05', 10 * 60, 'Asia/Riyadh');
    ids.riyadh = (
      await hr.post(A, {
        title: 'اجتماع الفريق في الرياض',
        kind: 'meeting',
        attendeeIds: [ids.omar],
        startsAt: riyadh.toISOString(),
        endsAt: new Date(riyadh.getTime() + 1_800_000).toISOString(),
        videoUrl: 'https://meet.example.com/riyadh',
      })
    ).body.id;
    expect((await hr.post(`${A}/${ids['2026-03-30']}/reschedule`, { startsAt: '2026-03-30T09:00:00Z', endsAt: '2026-03-30T10:00:00Z' })).status).toBe(200);
    expect((await hr.post(`${A}/${ids['2026-10-26']}/cancel`, {})).status).toBe(200);
    const leaveType = (await hr.post('/api/v1/people/leave-types', { code: 'annual', nameEn: 'Annual', nameAr: 'سنوية' })).body.id;
    await ctx.p
      .forCompany((await hr.get('/api/v1/me')).body.company.id)
      .insertInto('people_leave_request' as never)
      .values({
        id: newId(),
        employee_id: ids.omar,
        leave_type_id: leaveType,
        from_date: '2026-04-12',
        to_date: '2026-04-14',
        starts_afternoon: 0,
        ends_midday: 0,
        amount: 300,
        note: null,
        status: 'approved',
        requested_at: '2026-03-01T08:00:00.000Z',
        requested_by: 'test',
        decided_at: null,
        decided_by: null,
        decision_reason: null,
        usage_entry_id: null,
        reversal_entry_id: null,
      } as never)
      .execute();
  });
  afterAll(async () => ctx.close());

  it('parses, keeps Arabic titles, writes UTC, and lands at 10:00 local across DST and in Riyadh', async () => {
    const url = (await employee.post('/api/v1/people/calendar-feed')).body.url as string;
    const res = await ctx.app.request(new URL(url).pathname);
    const text = await res.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // every timed DTSTART is UTC (Z); the leave is a DATE
    for (const line of text.split('\r\n').filter((l) => l.startsWith('DTSTART'))) expect(line).toMatch(/^DTSTART(:\d{8}T\d{6}Z|;VALUE=DATE:\d{8})$/);
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(6);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const utc = (date: string) => byUid.get(`${ids[date]}@localhost`)?.startDate.toJSDate().toISOString();
    // CET (UTC+1) before the March change, CEST (UTC+2) after; back again in October
    expect(utc('2026-03-28')).toBe('2026-03-28T09:00:00.000Z');
    expect(utc('2026-03-30')).toBe('2026-03-30T09:00:00.000Z'); // moved to 11:00 Berlin
    expect(utc('2026-10-24')).toBe('2026-10-24T08:00:00.000Z');
    expect(utc('2026-10-26')).toBe('2026-10-26T09:00:00.000Z');
    for (const date of ['2026-03-28', '2026-10-24', '2026-10-26']) {
      const e = byUid.get(`${ids[date]}@localhost`) as ICAL.Event;
      expect(wall(e.startDate.toJSDate(), 'Europe/Berlin')).toBe(`${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}, 10:00`);
      expect(e.summary).toBe(`مراجعة الأداء ${date}`);
      expect(e.location).toBe('غرفة الاجتماعات، الطابق ٣');
      expect(e.startDate.zone.tzid).toBe('UTC');
    }
    const riyadh = byUid.get(`${ids.riyadh}@localhost`) as ICAL.Event;
    expect(riyadh.summary).toBe('اجتماع الفريق في الرياض');
    expect(wall(riyadh.startDate.toJSDate(), 'Asia/Riyadh')).toBe('05/04/2026, 10:00');
    expect(riyadh.endDate.toJSDate().toISOString()).toBe('2026-04-05T07:30:00.000Z');
    // reschedule bumps SEQUENCE; cancellation too, with STATUS:CANCELLED
    expect(byUid.get(`${ids['2026-03-30']}@localhost`)?.sequence).toBe(1);
    expect(byUid.get(`${ids['2026-03-28']}@localhost`)?.sequence).toBe(0);
    const cancelled = byUid.get(`${ids['2026-10-26']}@localhost`) as ICAL.Event;
    expect(cancelled.sequence).toBe(1);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    // approved leave: one all-day event, end exclusive
    const leave = events.find((e) => e.uid.startsWith('leave-')) as ICAL.Event;
    expect(leave.startDate.isDate).toBe(true);
    expect(leave.startDate.toString()).toBe('2026-04-12');
    expect(leave.endDate.toString()).toBe('2026-04-15');
    expect(leave.summary).toBe('Leave');
  });
});
