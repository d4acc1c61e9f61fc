import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/dialects.ts';
import { ManualClock } from '../clock.ts';
import { migrateAll } from '../db/migrator.ts';
import { enqueueJob } from './enqueue-job.ts';
import { jobsModule } from './index.ts';
import { type JobRunContext, nextBackoff, startJobWorker } from './job-worker.ts';
import { claimNextJob, getJob } from './jobs.repository.ts';

describe('nextBackoff', () => {
  it('doubles from 10 s and stops at an hour', () => {
    expect([1, 2, 3, 4].map((a) => nextBackoff(a))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(nextBackoff(9)).toBe(2_560_000);
    expect(nextBackoff(10)).toBe(3_600_000);
    expect(nextBackoff(1_000)).toBe(3_600_000);
  });
});

describe.each(DIALECTS)('job worker on %s', (dialect) => {
  let t: TestDatabase;
  let clock: ManualClock;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await migrateAll(t.db, [jobsModule]);
  });
  afterAll(async () => t.destroy());
  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-01-15T09:00:00Z'));
    await t.db.deleteFrom('job').execute();
  });

  it('retries with exponential backoff, then succeeds', async () => {
    const seen: JobRunContext[] = [];
    const worker = startJobWorker({
      db: t.db,
      clock,
      pollMs: 1000,
      autoStart: false,
      handlers: {
        flaky: async (ctx) => {
          seen.push(ctx);
          if (ctx.attempt < 3) throw new Error(`boom ${ctx.attempt}`);
        },
      },
    });
    const { id } = await enqueueJob(t.db, clock, { kind: 'flaky', payload: { n: 'مرحبا' }, companyId: 'c1' });
    expect(await worker.runOnce()).toBe(1);
    let job = await getJob(t.db, id);
    expect(job).toMatchObject({ status: 'queued', attempts: 1n, last_error: 'Error: boom 1', run_at: '2026-01-15T09:00:10.000Z' });
    clock.advance(9_999);
    expect(await worker.runOnce()).toBe(0);
    clock.advance(1);
    expect(await worker.runOnce()).toBe(1);
    job = await getJob(t.db, id);
    expect(job).toMatchObject({ status: 'queued', attempts: 2n, run_at: '2026-01-15T09:00:30.000Z' });
    clock.advance(20_000);
    expect(await worker.runOnce()).toBe(1);
    job = await getJob(t.db, id);
    expect(job).toMatchObject({ status: 'done', attempts: 3n, last_error: null, locked_until: null, finished_at: '2026-01-15T09:00:30.000Z' });
    expect(seen.map((s) => s.attempt)).toEqual([1, 2, 3]);
    expect(seen[0]).toMatchObject({ jobId: id, kind: 'flaky', companyId: 'c1', payload: { n: 'مرحبا' } });
    await worker.stop();
  });

  it('fails for good after maxAttempts, keeping the last error', async () => {
    let runs = 0;
    const worker = startJobWorker({
      db: t.db,
      clock,
      pollMs: 1000,
      autoStart: false,
      handlers: {
        doomed: async () => {
          runs++;
          throw new Error(`no luck ${runs}`);
        },
      },
    });
    const { id } = await enqueueJob(t.db, clock, { kind: 'doomed', maxAttempts: 2 });
    await worker.runOnce();
    clock.advance(10_000);
    await worker.runOnce();
    clock.advance(24 * 3600_000);
    expect(await worker.runOnce()).toBe(0);
    expect(runs).toBe(2);
    expect(await getJob(t.db, id)).toMatchObject({ status: 'failed', attempts: 2n, last_error: 'Error: no luck 2', finished_at: '2026-01-15T09:00:10.000Z' });
  });

  it('re-runs a job whose worker died once the lease has expired', async () => {
    let runs = 0;
    const worker = startJobWorker({
      db: t.db,
      clock,
      pollMs: 1000,
      autoStart: false,
      leaseMs: 60_000,
      handlers: {
        work: async () => {
          runs++;
        },
      },
    });
    const { id } = await enqueueJob(t.db, clock, { kind: 'work' });
    // A worker claims the job and dies without finishing it.
    const now = clock.now();
    const claimed = await claimNextJob(t.db, {
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + 60_000).toISOString(),
      workerId: 'dead',
      kinds: ['work'],
    });
    expect(claimed).toMatchObject({ id, status: 'running', attempts: 1n, locked_by: 'dead' });
    expect(await worker.runOnce()).toBe(0);
    clock.advance(59_999);
    expect(await worker.runOnce()).toBe(0);
    clock.advance(1);
    expect(await worker.runOnce()).toBe(1);
    expect(runs).toBe(1);
    expect(await getJob(t.db, id)).toMatchObject({ status: 'done', attempts: 2n });
  });

  it('marks failed a job whose lease expired on its last attempt', async () => {
    const worker = startJobWorker({ db: t.db, clock, pollMs: 1000, autoStart: false, handlers: { work: async () => {} } });
    const { id } = await enqueueJob(t.db, clock, { kind: 'work', maxAttempts: 1 });
    const now = clock.now();
    await claimNextJob(t.db, { now: now.toISOString(), leaseUntil: new Date(now.getTime() + 1000).toISOString(), workerId: 'dead', kinds: ['work'] });
    clock.advance(1000);
    expect(await worker.runOnce()).toBe(0);
    expect(await getJob(t.db, id)).toMatchObject({ status: 'failed', attempts: 1n });
    expect((await getJob(t.db, id))?.last_error).toMatch(/lease expired/);
  });

  it('dedupes by unique key, waits for runAt and claims only kinds it handles', async () => {
    const ran: string[] = [];
    const worker = startJobWorker({
      db: t.db,
      clock,
      pollMs: 1000,
      autoStart: false,
      handlers: {
        mine: async (c) => {
          ran.push(c.jobId);
        },
      },
    });
    const a = await enqueueJob(t.db, clock, { kind: 'mine', uniqueKey: 'invoice:42', runAt: new Date('2026-01-15T10:00:00Z') });
    const b = await enqueueJob(t.db, clock, { kind: 'mine', uniqueKey: 'invoice:42' });
    expect(b).toEqual({ id: a.id, enqueued: false });
    const other = await enqueueJob(t.db, clock, { kind: 'not-mine' });
    expect(await worker.runOnce()).toBe(0);
    clock.set(new Date('2026-01-15T10:00:00Z'));
    expect(await worker.runOnce()).toBe(1);
    expect(ran).toEqual([a.id]);
    expect((await getJob(t.db, other.id))?.status).toBe('queued');
    await expect(enqueueJob(t.db, clock, { kind: 'mine', maxAttempts: 0 })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('polls in the background until stopped', async () => {
    const ran: string[] = [];
    const worker = startJobWorker({
      db: t.db,
      clock,
      pollMs: 10,
      handlers: {
        bg: async (c) => {
          ran.push(c.jobId);
        },
      },
    });
    const { id } = await enqueueJob(t.db, clock, { kind: 'bg' });
    await expect.poll(() => ran.length, { timeout: 5000 }).toBe(1);
    await worker.stop();
    expect(ran).toEqual([id]);
  });
});
