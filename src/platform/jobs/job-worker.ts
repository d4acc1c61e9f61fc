import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock } from '../clock.ts';
import type { AnyDb } from '../db/create-database.ts';
import { materialiseDueSchedules } from './job-schedule.ts';
import { claimNextJob, completeJob, extendLease, failExhaustedLeases, failJob, retryJobLater } from './jobs.repository.ts';
import type { JobRow } from './jobs.tables.ts';

/** What a handler receives for one attempt of one job. */
export interface JobRunContext {
  jobId: string;
  kind: string;
  companyId: string | null;
  payload: unknown;
  /** 1 on the first attempt. */
  attempt: number;
}

export type WorkerJobHandler = (ctx: JobRunContext) => Promise<void>;

/** The subset of a pino logger the worker writes to. */
export interface JobLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobWorkerOptions {
  db: AnyDb;
  clock: Clock;
  /** Handlers by job kind. The worker claims only kinds it has a handler for, so processes running
   * different versions during a rolling upgrade never take a job they cannot run. */
  handlers: Record<string, WorkerJobHandler>;
  logger?: JobLogger;
  /** Pause between polls when nothing was due. */
  pollMs: number;
  /** How long a claim holds a job before another worker may take it over; renewed while it runs. */
  leaseMs?: number;
  /** Jobs run at the same time by this worker. */
  concurrency?: number;
  workerId?: string;
  /** False: no background loop; the caller drives the worker with runOnce() (tests, CLI). */
  autoStart?: boolean;
}

export interface JobWorker {
  /** Stop polling and wait for the jobs in hand to finish. */
  stop(): Promise<void>;
  /** Materialise due schedules, then run due jobs until none is left; returns how many jobs ran. */
  runOnce(): Promise<number>;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;
const BACKOFF_BASE_MS = 10_000;
const BACKOFF_CAP_MS = 60 * 60_000;
const MAX_ERROR_LENGTH = 4_000;

/**
 * Delay before the next attempt after attempt number `attempt` (1-based) failed: 10 s, 20 s, 40 s, …
 * doubling each time and never more than an hour.
 */
export function nextBackoff(attempt: number, baseMs = BACKOFF_BASE_MS, capMs = BACKOFF_CAP_MS): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(capMs, baseMs * 2 ** Math.min(exponent, 30));
}

export function startJobWorker(opts: JobWorkerOptions): JobWorker {
  const { db, clock, handlers, logger } = opts;
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const workerId = opts.workerId ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const kinds = Object.keys(handlers);
  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;

  const leaseFrom = (now: Date) => new Date(now.getTime() + leaseMs).toISOString();

  async function runJob(job: JobRow): Promise<void> {
    const attempt = job.attempts;
    // Renew the lease while the handler runs, so only a dead worker's job is taken over.
    const heartbeat = setInterval(
      () => {
        extendLease(db, { id: job.id, attempt, until: leaseFrom(clock.now()) }).catch((e) =>
          logger?.warn({ err: e, jobId: job.id }, 'job lease renewal failed'),
        );
      },
      Math.max(1_000, Math.floor(leaseMs / 3)),
    );
    heartbeat.unref();
    let failure: { error: unknown } | undefined;
    try {
      const handler = handlers[job.kind];
      await handler({ jobId: job.id, kind: job.kind, companyId: job.company_id, payload: JSON.parse(job.payload), attempt: Number(attempt) });
    } catch (e) {
      failure = { error: e };
    } finally {
      clearInterval(heartbeat);
    }
    const now = clock.now();
    if (!failure) {
      await completeJob(db, { id: job.id, attempt, now: now.toISOString() });
      return;
    }
    const error = describeError(failure.error);
    if (attempt < job.max_attempts) {
      const runAt = new Date(now.getTime() + nextBackoff(Number(attempt))).toISOString();
      await retryJobLater(db, { id: job.id, attempt, now: now.toISOString(), runAt, error });
      logger?.warn({ jobId: job.id, kind: job.kind, attempt: Number(attempt), runAt, error }, 'job failed; will retry');
    } else {
      await failJob(db, { id: job.id, attempt, now: now.toISOString(), error });
      logger?.error({ jobId: job.id, kind: job.kind, attempt: Number(attempt), error }, 'job failed for good');
    }
  }

  async function lane(): Promise<number> {
    let ran = 0;
    while (!stopping) {
      const now = clock.now();
      const job = await claimNextJob(db, { now: now.toISOString(), leaseUntil: leaseFrom(now), workerId, kinds });
      if (!job) break;
      await runJob(job);
      ran++;
    }
    return ran;
  }

  async function runOnceInner(): Promise<number> {
    await materialiseDueSchedules(db, clock);
    await failExhaustedLeases(db, clock.now().toISOString());
    const counts = await Promise.all(Array.from({ length: concurrency }, () => lane()));
    return counts.reduce((a, b) => a + b, 0);
  }

  function runOnce(): Promise<number> {
    const p = runOnceInner();
    inFlight.add(p);
    return p.finally(() => inFlight.delete(p));
  }

  async function loop(): Promise<void> {
    if (stopping) return;
    try {
      await runOnce();
    } catch (e) {
      logger?.error({ err: e }, 'job worker poll failed');
    }
    if (!stopping) timer = setTimeout(loop, opts.pollMs);
  }

  if (opts.autoStart !== false) timer = setTimeout(loop, 0);

  return {
    runOnce,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
    },
  };
}

function describeError(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}
