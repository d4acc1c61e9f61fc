import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/dialects.ts';
import { ManualClock } from '../clock.ts';
import { createDatabase, type Database } from '../db/create-database.ts';
import { migrateAll } from '../db/migrator.ts';
import { jobsModule } from './index.ts';
import { defineSchedule, materialiseDueSchedules, nextOccurrence } from './job-schedule.ts';
import { type JobRunContext, startJobWorker } from './job-worker.ts';

const runs = (cron: string, tz: string, from: string, n: number) => {
  const out: string[] = [];
  let d = new Date(from);
  for (let i = 0; i < n; i++) {
    d = nextOccurrence(cron, tz, d) as Date;
    out.push(d.toISOString());
  }
  return out;
};

describe('nextOccurrence', () => {
  it('reads the expression in Asia/Riyadh (UTC+3, no DST; work week Sunday–Thursday)', () => {
    // Thursday 15 January 2026, 10:00 in Riyadh: the next 09:00 on a working day is Sunday.
    expect(runs('0 9 * * 0-4', 'Asia/Riyadh', '2026-01-15T07:00:00Z', 3)).toEqual([
      '2026-01-18T06:00:00.000Z',
      '2026-01-19T06:00:00.000Z',
      '2026-01-20T06:00:00.000Z',
    ]);
  });

  it('keeps the wall-clock time in Europe/Berlin across both DST changes', () => {
    expect(runs('0 9 * * *', 'Europe/Berlin', '2026-03-28T00:00:00Z', 3)).toEqual([
      '2026-03-28T08:00:00.000Z', // CET, UTC+1
      '2026-03-29T07:00:00.000Z', // CEST from 29 March, UTC+2
      '2026-03-30T07:00:00.000Z',
    ]);
    expect(runs('0 9 * * *', 'Europe/Berlin', '2026-10-24T00:00:00Z', 2)).toEqual(['2026-10-24T07:00:00.000Z', '2026-10-25T08:00:00.000Z']);
  });

  it('fires once for a local time skipped or repeated by a DST change', () => {
    // 02:30 does not exist in Berlin on 29 March 2026, and happens twice on 25 October.
    expect(runs('30 2 * * *', 'Europe/Berlin', '2026-03-28T12:00:00Z', 2)).toEqual(['2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z']);
    const autumn = runs('30 2 * * *', 'Europe/Berlin', '2026-10-24T12:00:00Z', 2);
    expect(autumn).toHaveLength(2);
    expect(autumn[1]).toBe('2026-10-26T01:30:00.000Z');
    expect(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']).toContain(autumn[0]);
  });
});

describe.each(DIALECTS)('job schedules on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await migrateAll(t.db, [jobsModule]);
  });
  afterAll(async () => t.destroy());
  beforeEach(async () => {
    await t.db.deleteFrom('job').execute();
    await t.db.deleteFrom('job_schedule').execute();
  });

  it('runs a Berlin schedule at the right UTC instants across the spring DST change', async () => {
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const seen: JobRunContext[] = [];
    const worker = startJobWorker({
      db: t.db,
      clock,
      pollMs: 1000,
      autoStart: false,
      handlers: {
        report: async (c) => {
          seen.push(c);
        },
      },
    });
    await defineSchedule(t.db, clock, {
      name: 'daily-report:c1',
      cron: '0 9 * * *',
      timeZone: 'Europe/Berlin',
      kind: 'report',
      payload: { x: 1 },
      companyId: 'c1',
    });
    for (let day = 0; day < 4; day++) {
      clock.advance(24 * 3600_000);
      expect(await worker.runOnce()).toBe(1);
    }
    const jobs = await t.db.selectFrom('job').select(['run_at', 'company_id', 'status']).orderBy('run_at').execute();
    expect(jobs.map((j) => j.run_at)).toEqual(['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z', '2026-03-31T07:00:00.000Z']);
    expect(jobs.every((j) => j.company_id === 'c1' && j.status === 'done')).toBe(true);
    expect(seen[0]).toMatchObject({ kind: 'report', companyId: 'c1', payload: { x: 1 } });
  });

  it('runs a Riyadh working-day schedule and skips the weekend', async () => {
    const clock = new ManualClock(new Date('2026-01-15T07:00:00Z'));
    await defineSchedule(t.db, clock, { name: 'payroll', cron: '0 9 * * 0-4', timeZone: 'Asia/Riyadh', kind: 'payroll' });
    for (let h = 0; h < 5 * 24; h++) {
      clock.advance(3600_000);
      await materialiseDueSchedules(t.db, clock);
    }
    const jobs = await t.db.selectFrom('job').select('run_at').orderBy('run_at').execute();
    // Thursday 10:00 to Tuesday 10:00 in Riyadh: Friday and Saturday are the weekend.
    expect(jobs.map((j) => j.run_at)).toEqual(['2026-01-18T06:00:00.000Z', '2026-01-19T06:00:00.000Z', '2026-01-20T06:00:00.000Z']);
  });

  it('runs a missed burst of occurrences once, and redefining keeps the pending occurrence', async () => {
    const clock = new ManualClock(new Date('2026-01-15T07:00:00Z'));
    const def = { name: 'hourly', cron: '0 * * * *', timeZone: 'Asia/Riyadh', kind: 'tick' };
    await defineSchedule(t.db, clock, def);
    clock.advance(5 * 3600_000);
    await defineSchedule(t.db, clock, { ...def, payload: { v: 2 } });
    expect(await materialiseDueSchedules(t.db, clock)).toBe(1);
    expect(await materialiseDueSchedules(t.db, clock)).toBe(0);
    const job = await t.db.selectFrom('job').select(['run_at', 'payload']).executeTakeFirstOrThrow();
    expect(job).toEqual({ run_at: '2026-01-15T08:00:00.000Z', payload: '{"v":2}' });
    const s = await t.db.selectFrom('job_schedule').select('next_run_at').executeTakeFirstOrThrow();
    expect(s.next_run_at).toBe('2026-01-15T13:00:00.000Z');
    await expect(defineSchedule(t.db, clock, { ...def, timeZone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(defineSchedule(t.db, clock, { ...def, cron: '61 * * * *' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('turns each occurrence into exactly one job when two processes tick the same schedule', async () => {
    const clock = new ManualClock(new Date('2026-01-15T07:00:30Z'));
    const other: Database = createDatabase(t.url, { poolSize: 4 });
    try {
      await defineSchedule(t.db, clock, { name: 'every-minute', cron: '* * * * *', timeZone: 'Europe/Berlin', kind: 'tick' });
      await defineSchedule(other.db, clock, { name: 'every-minute', cron: '* * * * *', timeZone: 'Europe/Berlin', kind: 'tick' });
      for (let i = 0; i < 30; i++) {
        clock.advance(60_000);
        await Promise.all([materialiseDueSchedules(t.db, clock), materialiseDueSchedules(other.db, clock), materialiseDueSchedules(t.db, clock)]);
      }
      const jobs = await t.db.selectFrom('job').select(['run_at', 'unique_key']).orderBy('run_at').execute();
      expect(jobs).toHaveLength(30);
      expect(new Set(jobs.map((j) => j.run_at)).size).toBe(30);
      expect(jobs[0].run_at).toBe('2026-01-15T07:01:00.000Z');
    } finally {
      await other.close();
    }
  });
});
