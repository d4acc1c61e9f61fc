import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/dialects.ts';
import { ManualClock } from '../clock.ts';
import { createDatabase, type Database } from '../db/create-database.ts';
import { migrateAll } from '../db/migrator.ts';
import { enqueueJob } from './enqueue-job.ts';
import { jobsModule } from './index.ts';
import { startJobWorker } from './job-worker.ts';

/**
 * Two worker processes (two connection pools on one database) racing over the same queue: every job
 * runs exactly once. On PostgreSQL this exercises FOR UPDATE SKIP LOCKED; on SQLite, the single writer.
 */
describe.each(DIALECTS)('two workers racing on %s', (dialect) => {
  let t: TestDatabase;
  let a: Database;
  let b: Database;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await migrateAll(t.db, [jobsModule]);
    a = createDatabase(t.url, { poolSize: 4 });
    b = createDatabase(t.url, { poolSize: 4 });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await t.destroy();
  });

  it('runs each of 200 jobs exactly once', async () => {
    const clock = new ManualClock(new Date('2026-01-15T09:00:00Z'));
    const ids: string[] = [];
    for (let i = 0; i < 200; i++) ids.push((await enqueueJob(t.db, clock, { kind: 'count', payload: { i } })).id);
    const runsByJob = new Map<string, number>();
    const byWorker = { a: 0, b: 0 };
    const handler = (w: 'a' | 'b') => async (ctx: { jobId: string }) => {
      runsByJob.set(ctx.jobId, (runsByJob.get(ctx.jobId) ?? 0) + 1);
      byWorker[w]++;
      await sleep(Math.random() * 3);
    };
    const wa = startJobWorker({ db: a.db, clock, pollMs: 5, concurrency: 4, handlers: { count: handler('a') } });
    const wb = startJobWorker({ db: b.db, clock, pollMs: 5, concurrency: 4, handlers: { count: handler('b') } });
    await expect.poll(() => byWorker.a + byWorker.b, { timeout: 20_000, interval: 20 }).toBe(200);
    await Promise.all([wa.stop(), wb.stop()]);
    expect(runsByJob.size).toBe(200);
    expect([...runsByJob.values()].every((n) => n === 1)).toBe(true);
    expect(byWorker.a + byWorker.b).toBe(200);
    if (dialect === 'postgres') expect(Math.min(byWorker.a, byWorker.b)).toBeGreaterThan(0);
    const left = await t.db.selectFrom('job').select('id').where('status', '!=', 'done').execute();
    expect(left).toEqual([]);
  });
});
