import { Cron } from 'croner';
import type { Clock } from '../clock.ts';
import type { AnyDb } from '../db/create-database.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { DEFAULT_MAX_ATTEMPTS } from './enqueue-job.ts';
import { advanceSchedule, deleteScheduleByName, findDueSchedules, getScheduleByName, insertJob, insertSchedule, updateSchedule } from './jobs.repository.ts';

/**
 * The first instant strictly after `after` at which a cron expression fires, reading the expression
 * in an IANA time zone (the company's): `0 9 * * 0-4` in Asia/Riyadh is 06:00 UTC Sunday to Thursday.
 * Across a DST change the wall-clock time is kept. A local time that does not exist (skipped in
 * spring) fires once, an hour later on the wall clock; one that occurs twice (autumn) fires once.
 * Null when the expression never fires again.
 */
export function nextOccurrence(cron: string, timeZone: string, after: Date): Date | null {
  return new Cron(cron, { timezone: timeZone, paused: true }).nextRun(after);
}

/** Throws VALIDATION when the expression or the time zone is not valid. */
export function validateCron(cron: string, timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new AppError('VALIDATION', `Unknown time zone ${timeZone}`, [{ path: 'timeZone', message: 'Unknown IANA time zone' }]);
  }
  try {
    new Cron(cron, { timezone: timeZone, paused: true });
  } catch (e) {
    throw new AppError('VALIDATION', `Invalid cron expression: ${(e as Error).message}`, [{ path: 'cron', message: 'Invalid cron expression' }]);
  }
}

export interface DefineScheduleInput {
  /** Stable name; one schedule per name. Per-company schedules put the company id in the name. */
  name: string;
  cron: string;
  timeZone: string;
  kind: string;
  payload?: unknown;
  companyId?: string | null;
  maxAttempts?: number;
}

/**
 * Create or update a schedule; safe to call at every start-up from every process. When the cron
 * expression and time zone are unchanged the pending occurrence is kept, so a restart never skips an
 * occurrence that fell due while the process was down; when either changes, the next occurrence is
 * computed afresh from now.
 */
export async function defineSchedule(db: AnyDb, clock: Clock, input: DefineScheduleInput): Promise<void> {
  validateCron(input.cron, input.timeZone);
  const now = clock.now();
  const iso = now.toISOString();
  const next = nextOccurrence(input.cron, input.timeZone, now)?.toISOString() ?? null;
  const fields = {
    cron: input.cron,
    time_zone: input.timeZone,
    kind: input.kind,
    payload: JSON.stringify(input.payload ?? null),
    company_id: input.companyId ?? null,
    max_attempts: BigInt(input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
  };
  const inserted = await insertSchedule(db, { id: newId(now.getTime()), name: input.name, ...fields, next_run_at: next, created_at: iso, updated_at: iso });
  if (inserted) return;
  const existing = await getScheduleByName(db, input.name);
  const timingChanged = !existing || existing.cron !== input.cron || existing.time_zone !== input.timeZone;
  await updateSchedule(db, input.name, { ...fields, ...(timingChanged ? { next_run_at: next } : {}), updated_at: iso });
}

export async function removeSchedule(db: AnyDb, name: string): Promise<boolean> {
  return deleteScheduleByName(db, name);
}

/** The unique key of one occurrence of a schedule: the same for every worker that sees it. */
export const occurrenceKey = (scheduleId: string, occurrence: string) => `schedule:${scheduleId}:${occurrence}`;

/**
 * Turn every due schedule occurrence into a job. Each occurrence becomes exactly one job however many
 * processes tick at once: the job's unique key is (schedule, occurrence instant) and is inserted with
 * on-conflict-do-nothing, and the schedule is advanced with a compare-and-set. When a schedule missed
 * several occurrences (no worker was running), the earliest one runs and the rest are skipped: a
 * catch-up burst of identical jobs helps nobody. Returns the number of jobs this call created.
 */
export async function materialiseDueSchedules(db: AnyDb, clock: Clock): Promise<number> {
  const now = clock.now();
  const iso = now.toISOString();
  let created = 0;
  for (const s of await findDueSchedules(db, iso)) {
    const occurrence = s.next_run_at;
    if (!occurrence) continue;
    const inserted = await insertJob(db, {
      id: newId(now.getTime()),
      kind: s.kind,
      payload: s.payload,
      company_id: s.company_id,
      status: 'queued',
      run_at: occurrence,
      attempts: 0n,
      max_attempts: s.max_attempts,
      locked_until: null,
      locked_by: null,
      last_error: null,
      unique_key: occurrenceKey(s.id, occurrence),
      schedule_id: s.id,
      created_at: iso,
      updated_at: iso,
      finished_at: null,
    });
    if (inserted) created++;
    const next = nextOccurrence(s.cron, s.time_zone, now)?.toISOString() ?? null;
    await advanceSchedule(db, { id: s.id, from: occurrence, to: next, now: iso });
  }
  return created;
}
