import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { newId } from '../../platform/ids.ts';
import { employeeBody, peopleFixture } from './people.fixture.ts';

const A = '/api/v1/people/appointments';

describe.each(DIALECTS)('people appointments and the calendar feed on %s', (dialect) => {
  let ctx: TestApp;
  let hr: Browser;
  let employee: Browser;
  let manager: Browser;
  let finance: Browser;
  const logLines: string[] = [];
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const sink = new Writable({
      write: (chunk, _enc, done) => {
        logLines.push(String(chunk));
        done();
      },
    });
    const f = await peopleFixture(dialect, pino({ level: 'info' }, sink));
    ({ ctx, hr, employee, manager, finance } = f);
    // Omar works from Berlin, Sara from Riyadh; the company week is Sunday–Thursday
    ids.omar = (await hr.post('/api/v1/people/employees', employeeBody('E-001', { userId: f.employeeUser.id, timeZone: 'Europe/Berlin' }))).body.id;
    ids.sara = (await hr.post('/api/v1/people/employees', employeeBody('E-002', { userId: f.managerUser.id, timeZone: 'Asia/Riyadh' }))).body.id;
    ids.nour = (await hr.post('/api/v1/people/employees', employeeBody('E-003', { timeZone: 'Asia/Riyadh' }))).body.id;
    expect((await manager.request('PATCH', '/api/v1/me', { locale: 'ar' })).status).toBe(200);
  });
  afterAll(async () => ctx.close());

  const count = async (table: string) =>
    Number(
      (
        await ctx.t.db
          .selectFrom(table as never)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const audits = (action: string) => ctx.t.db.selectFrom('audit_event').select(['summary', 'target_id']).where('action', '=', action).execute();
  const notices = () =>
    ctx.t.db
      .selectFrom('notification' as never)
      .select(['title', 'body', 'user_id', 'link'] as never)
      .execute() as Promise<{ title: string; body: string; user_id: string; link: string }[]>;
  const interview = (extra: Record<string, unknown> = {}) => ({
    title: 'مقابلة عمل — Interview',
    kind: 'interview',
    attendeeIds: [ids.omar, ids.sara],
    startsAt: '2026-03-02T09:00:00Z',
    endsAt: '2026-03-02T10:00:00Z',
    videoUrl: 'https://meet.example.com/abc',
    ...extra,
  });

  it('finds free slots inside every attendee’s working hours in their own zone', async () => {
    // Berlin 09–17 CET is 08–16 UTC; Riyadh 09–17 is 06–14 UTC: one hour fits from 08:00 to 13:00 UTC
    const res = await hr.get(`/api/v1/people/appointment-slots?attendeeIds=${ids.omar},${ids.sara}&from=2026-03-02&to=2026-03-03&durationMinutes=60`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(22);
    expect(res.body.items).toHaveLength(20);
    expect(res.body.items[0]).toEqual({ startsAt: '2026-03-02T08:00:00.000Z', endsAt: '2026-03-02T09:00:00.000Z' });
    expect(res.body.items[10]).toEqual({ startsAt: '2026-03-02T13:00:00.000Z', endsAt: '2026-03-02T14:00:00.000Z' });
    // Friday and Saturday are not worked; page 2 holds the rest
    expect((await hr.get(`/api/v1/people/appointment-slots?attendeeIds=${ids.omar}&from=2026-03-06&to=2026-03-07`)).body.total).toBe(0);
    expect((await hr.get(`/api/v1/people/appointment-slots?attendeeIds=${ids.omar},${ids.sara}&from=2026-03-02&to=2026-03-03&page=2`)).body.items).toHaveLength(
      2,
    );
    expect((await hr.get(`/api/v1/people/appointment-slots?attendeeIds=${ids.omar}&from=2026-03-02&to=2026-05-03`)).status).toBe(400);
    expect((await employee.get(`/api/v1/people/appointment-slots?attendeeIds=${ids.omar}&from=2026-03-02&to=2026-03-03`)).status).toBe(403);
  });

  it('refuses bad input with the field named and changes nothing', async () => {
    const bad = await hr.post(A, interview({ videoUrl: 'javascript:alert(1)' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('videoUrl');
    const backwards = await hr.post(A, interview({ endsAt: '2026-03-02T08:00:00Z' }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].path).toBe('endsAt');
    const unknown = await hr.post(A, interview({ attendeeIds: [ids.omar, newId()] }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe('attendeeIds.1');
    expect(await count('people_appointment')).toBe(0);
  });

  it('schedules with an Arabic title; attendees are notified in their language', async () => {
    const res = await hr.post(A, interview());
    expect(res.status).toBe(201);
    ids.first = res.body.id;
    expect(res.body).toMatchObject({ title: 'مقابلة عمل — Interview', status: 'scheduled', sequence: 0, startsAt: '2026-03-02T09:00:00.000Z' });
    expect(res.body.attendees.map((a: { timeZone: string }) => a.timeZone).sort()).toEqual(['Asia/Riyadh', 'Europe/Berlin']);
    const sent = await notices();
    expect(sent).toHaveLength(2);
    expect(sent.find((n) => n.title.startsWith('New appointment'))?.body).toContain('10:00'); // Berlin
    expect(sent.find((n) => n.title.startsWith('موعد جديد'))?.body).toContain('Asia/Riyadh');
    expect(sent[0]?.link).toBe(`/people/appointments/${ids.first}`);
    expect(await audits('people.appointment.scheduled')).toHaveLength(1);
    expect((await employee.post(A, interview())).status).toBe(403);
  });

  it('refuses a conflict and changes nothing; an override needs a reason and is audited', async () => {
    const clash = interview({
      title: 'Review',
      kind: 'review',
      attendeeIds: [ids.omar, ids.nour],
      startsAt: '2026-03-02T09:30:00Z',
      endsAt: '2026-03-02T10:30:00Z',
    });
    const refused = await hr.post(A, clash);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.conflicts).toEqual([expect.objectContaining({ employeeId: ids.omar, kind: 'appointment', appointmentId: ids.first })]);
    expect(await count('people_appointment')).toBe(1);
    expect(await count('people_appointment_attendee')).toBe(2);
    const noReason = await hr.post(A, { ...clash, override: true });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].path).toBe('overrideReason');
    expect(await count('people_appointment')).toBe(1);
    const forced = await hr.post(A, { ...clash, override: true, overrideReason: 'The candidate can only come then' });
    expect(forced.status).toBe(201);
    ids.second = forced.body.id;
    expect(forced.body.overrideReason).toBe('The candidate can only come then');
    const [event] = await audits('people.appointment.conflict_overridden');
    expect(event?.target_id).toBe(ids.second);
    expect(JSON.parse(event?.summary as string)).toMatchObject({ reason: 'The candidate can only come then', conflicts: [{ appointmentId: ids.first }] });
    // the free-slot finder leaves both out
    const slots = (await hr.get(`/api/v1/people/appointment-slots?attendeeIds=${ids.omar}&from=2026-03-02&to=2026-03-02&pageSize=50`)).body.items;
    expect(slots.map((s: { startsAt: string }) => s.startsAt)).not.toContain('2026-03-02T09:00:00.000Z');
    expect(slots[0].startsAt).toBe('2026-03-02T08:00:00.000Z');
    expect(slots[1].startsAt).toBe('2026-03-02T10:30:00.000Z');
  });

  it('lets only attendees respond, for themselves; no two accepted appointments overlap', async () => {
    expect((await finance.post(`${A}/${ids.first}/response`, { response: 'accepted' })).status).toBe(404);
    expect((await manager.post(`${A}/${ids.second}/response`, { response: 'accepted' })).status).toBe(404);
    expect((await employee.post(`${A}/${newId()}/response`, { response: 'accepted' })).status).toBe(404);
    expect((await employee.post(`${A}/${ids.first}/response`, { response: 'maybe' })).status).toBe(400);
    const ok = await employee.post(`${A}/${ids.first}/response`, { response: 'accepted' });
    expect(ok.status).toBe(200);
    expect(ok.body.myResponse).toBe('accepted');
    const overlap = await employee.post(`${A}/${ids.second}/response`, { response: 'accepted' });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.details.code).toBe('appointment_overlap');
    expect((await employee.post(`${A}/${ids.second}/response`, { response: 'declined' })).body.myResponse).toBe('declined');
    const seen = (await hr.get(`${A}/${ids.first}`)).body.attendees.find((a: { employeeId: string }) => a.employeeId === ids.omar);
    expect(seen.response).toBe('accepted');
    // object-level reads: an attendee sees it, someone else does not
    expect((await employee.get(`${A}/${ids.first}`)).status).toBe(200);
    expect((await finance.get(`${A}/${ids.first}`)).status).toBe(404);
  });

  it('lists mine or all, paginated', async () => {
    const mine = await employee.get(`${A}?pageSize=1`);
    expect(mine.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(mine.body.items).toHaveLength(1);
    expect((await manager.get(A)).body.total).toBe(1);
    expect((await finance.get(A)).body.total).toBe(0);
    expect((await employee.get(`${A}?scope=all`)).status).toBe(403);
    expect((await hr.get(`${A}?scope=all&from=2026-03-02T10:00:00Z`)).body.total).toBe(1);
  });

  it('reschedules (sequence + 1, responses reset, notified) and cancels; a cancelled one cannot move', async () => {
    const before = (await notices()).length;
    const moved = await hr.post(`${A}/${ids.first}/reschedule`, { startsAt: '2026-03-03T09:00:00Z', endsAt: '2026-03-03T10:00:00Z' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ sequence: 1, startsAt: '2026-03-03T09:00:00.000Z' });
    expect(moved.body.attendees.every((a: { response: string }) => a.response === 'pending')).toBe(true);
    const sent = (await notices()).slice(before);
    expect(sent.map((n) => n.title).sort()).toEqual(['Appointment moved: مقابلة عمل — Interview', 'تغيّر موعد: مقابلة عمل — Interview']);
    expect((await employee.post(`${A}/${ids.first}/reschedule`, { startsAt: '2026-03-03T09:00:00Z', endsAt: '2026-03-03T10:00:00Z' })).status).toBe(403);
    const cancelled = await hr.post(`${A}/${ids.second}/cancel`, { reason: 'Position filled' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect((await hr.post(`${A}/${ids.second}/reschedule`, { startsAt: '2026-03-04T09:00:00Z', endsAt: '2026-03-04T10:00:00Z' })).status).toBe(409);
    expect((await hr.post(`${A}/${newId()}/cancel`, {})).status).toBe(404);
    expect((await hr.get(`${A}?scope=all`)).body.total).toBe(1);
    expect((await hr.get(`${A}?scope=all&includeCancelled=true`)).body.total).toBe(2);
  });

  it('refuses a time on approved leave and leaves those days out of free slots', async () => {
    const leaveType = (await hr.post('/api/v1/people/leave-types', { code: 'annual', nameEn: 'Annual', nameAr: 'سنوية' })).body.id;
    await ctx.p
      .forCompany((await hr.get('/api/v1/me')).body.company.id)
      .insertInto('people_leave_request' as never)
      .values({
        id: newId(),
        employee_id: ids.sara,
        leave_type_id: leaveType,
        from_date: '2026-03-08',
        to_date: '2026-03-09',
        starts_afternoon: 0,
        ends_midday: 1,
        amount: 150,
        note: null,
        status: 'approved',
        requested_at: '2026-03-01T08:00:00.000Z',
        requested_by: 'test',
        decided_at: '2026-03-01T08:00:00.000Z',
        decided_by: 'test',
        decision_reason: null,
        usage_entry_id: null,
        reversal_entry_id: null,
      } as never)
      .execute();
    const onLeave = await hr.post(A, interview({ attendeeIds: [ids.sara], startsAt: '2026-03-08T07:00:00Z', endsAt: '2026-03-08T08:00:00Z' }));
    expect(onLeave.status).toBe(409);
    expect(onLeave.body.error.details.conflicts).toEqual([{ employeeId: ids.sara, kind: 'leave', fromDate: '2026-03-08', toDate: '2026-03-09' }]);
    // the leave ends at midday on the 9th (Riyadh): the afternoon is free
    const slots = (await hr.get(`/api/v1/people/appointment-slots?attendeeIds=${ids.sara}&from=2026-03-08&to=2026-03-09&pageSize=50`)).body.items;
    expect(slots[0].startsAt).toBe('2026-03-09T09:00:00.000Z');
    expect(slots).toHaveLength(9); // 12:00–17:00 Riyadh is 09:00–14:00 UTC
    expect((await hr.post(A, interview({ attendeeIds: [ids.sara], startsAt: '2026-03-09T10:00:00Z', endsAt: '2026-03-09T11:00:00Z' }))).status).toBe(201);
  });

  it('working hours: HR reads, people.write sets them (audited)', async () => {
    expect((await hr.get('/api/v1/people/work-hours')).body).toEqual({ dayStart: '09:00', dayEnd: '17:00' });
    expect((await hr.request('PUT', '/api/v1/people/work-hours', { dayStart: '17:00', dayEnd: '08:00' })).status).toBe(400);
    expect((await hr.request('PUT', '/api/v1/people/work-hours', { dayStart: '08:00', dayEnd: '16:00' })).status).toBe(200);
    expect((await hr.get('/api/v1/people/work-hours')).body).toEqual({ dayStart: '08:00', dayEnd: '16:00' });
    expect(await audits('people.work_hours.set')).toHaveLength(1);
    expect((await employee.request('PUT', '/api/v1/people/work-hours', { dayStart: '08:00', dayEnd: '16:00' })).status).toBe(403);
  });

  it('gives each user a private feed: token shown once, hash stored, rotated and revoked URLs 404, never logged', async () => {
    expect((await employee.get('/api/v1/people/calendar-feed')).body).toEqual({ active: false, createdAt: null });
    const created = await employee.post('/api/v1/people/calendar-feed');
    expect(created.status).toBe(201);
    const { token, url } = created.body as { token: string; url: string };
    expect(url).toBe(`http://localhost:3000/api/v1/people/feed/${token}.ics`);
    const stored = await ctx.t.db
      .selectFrom('people_calendar_feed' as never)
      .selectAll()
      .execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    const path = new URL(url).pathname;
    const feed = await ctx.app.request(path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const text = await feed.text();
    expect(text).toContain(`UID:${ids.first}@localhost`);
    expect(text).toContain('DTSTART:20260303T090000Z');
    expect(text).not.toContain(ids.second); // declined
    expect((await ctx.app.request(path.replace('.ics', ''))).status).toBe(200);
    expect((await employee.get('/api/v1/people/calendar-feed')).body.active).toBe(true);
    const rotated = await employee.post('/api/v1/people/calendar-feed');
    expect((await ctx.app.request(path)).status).toBe(404);
    const newPath = new URL(rotated.body.url).pathname;
    expect((await ctx.app.request(newPath)).status).toBe(200);
    expect((await employee.delete('/api/v1/people/calendar-feed')).status).toBe(204);
    expect((await ctx.app.request(newPath)).status).toBe(404);
    expect((await employee.delete('/api/v1/people/calendar-feed')).status).toBe(404);
    expect((await ctx.app.request('/api/v1/people/feed/kcf_guess.ics')).status).toBe(404);
    const all = logLines.join('');
    expect(all).toContain('/api/v1/people/feed/[redacted]');
    expect(all).not.toContain(token);
    expect(all).not.toContain(rotated.body.token);
    expect((await audits('people.calendar_feed.rotated')).length).toBe(1);
    expect((await audits('people.calendar_feed.revoked')).length).toBe(1);
  });
});
