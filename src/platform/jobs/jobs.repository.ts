import type { Kysely } from 'kysely';
import { isPostgres } from '../db/create-database.ts';
import type { JobRow, JobScheduleRow, JobsTables, JobTable } from './jobs.tables.ts';

/** Any handle on a database that holds the job tables (the full db, a transaction, a company-scoped db). */
export type JobsDb = Kysely<JobsTables>;

/** Insert a job; with a unique key already taken, nothing happens and false comes back. */
export async function insertJob(db: JobsDb, row: JobTable): Promise<boolean> {
  const result = await db
    .insertInto('job')
    .values(row)
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

export function getJob(db: JobsDb, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findJobByUniqueKey(db: JobsDb, uniqueKey: string): Promise<JobRow | undefined> {
  return db.selectFrom('job').selectAll().where('unique_key', '=', uniqueKey).executeTakeFirst();
}

/**
 * Claim one due job in a single statement, so two workers can never take the same one. A job is due
 * when it is queued and its time has come, or when it is running under a lease that expired (its
 * worker died) and it still has attempts left. PostgreSQL skips rows another worker has locked;
 * SQLite has one writer at a time, so the same UPDATE is atomic there by itself.
 */
export async function claimNextJob(db: JobsDb, p: { now: string; leaseUntil: string; workerId: string; kinds: string[] }): Promise<JobRow | undefined> {
  if (p.kinds.length === 0) return undefined;
  let pick = db
    .selectFrom('job')
    .select('id')
    .where('kind', 'in', p.kinds)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', p.now)]),
        eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', p.now), eb('attempts', '<', eb.ref('max_attempts'))]),
      ]),
    )
    .orderBy('run_at')
    .orderBy('id')
    .limit(1);
  if (isPostgres(db)) pick = pick.forUpdate().skipLocked();
  return db
    .updateTable('job')
    .set((eb) => ({
      status: 'running',
      attempts: eb('attempts', '+', 1n),
      locked_until: p.leaseUntil,
      locked_by: p.workerId,
      updated_at: p.now,
    }))
    .where('id', '=', pick)
    .returningAll()
    .executeTakeFirst();
}

/**
 * A running job whose lease expired after its last allowed attempt will not be claimed again: mark it
 * failed so it does not sit in `running` for ever.
 */
export async function failExhaustedLeases(db: JobsDb, now: string): Promise<number> {
  const r = await db
    .updateTable('job')
    .set({
      status: 'failed',
      last_error: 'lease expired on the last attempt (worker stopped or timed out)',
      locked_until: null,
      updated_at: now,
      finished_at: now,
    })
    .where('status', '=', 'running')
    .where('locked_until', '<=', now)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * The writes below are fenced by the attempt number: a worker whose lease ran out and whose job was
 * claimed again cannot overwrite the newer attempt's state.
 */
export async function extendLease(db: JobsDb, p: { id: string; attempt: bigint; until: string }): Promise<void> {
  await db.updateTable('job').set({ locked_until: p.until }).where('id', '=', p.id).where('attempts', '=', p.attempt).where('status', '=', 'running').execute();
}

export async function completeJob(db: JobsDb, p: { id: string; attempt: bigint; now: string }): Promise<void> {
  await db
    .updateTable('job')
    .set({ status: 'done', locked_until: null, last_error: null, updated_at: p.now, finished_at: p.now })
    .where('id', '=', p.id)
    .where('attempts', '=', p.attempt)
    .execute();
}

export async function retryJobLater(db: JobsDb, p: { id: string; attempt: bigint; now: string; runAt: string; error: string }): Promise<void> {
  await db
    .updateTable('job')
    .set({ status: 'queued', run_at: p.runAt, locked_until: null, locked_by: null, last_error: p.error, updated_at: p.now })
    .where('id', '=', p.id)
    .where('attempts', '=', p.attempt)
    .execute();
}

export async function failJob(db: JobsDb, p: { id: string; attempt: bigint; now: string; error: string }): Promise<void> {
  await db
    .updateTable('job')
    .set({ status: 'failed', locked_until: null, last_error: p.error, updated_at: p.now, finished_at: p.now })
    .where('id', '=', p.id)
    .where('attempts', '=', p.attempt)
    .execute();
}

// ---- schedules -------------------------------------------------------------------------------

export function getScheduleByName(db: JobsDb, name: string): Promise<JobScheduleRow | undefined> {
  return db.selectFrom('job_schedule').selectAll().where('name', '=', name).executeTakeFirst();
}

/** Insert a schedule unless one of that name exists; true when this call inserted it. */
export async function insertSchedule(db: JobsDb, row: JobScheduleRow): Promise<boolean> {
  const r = await db
    .insertInto('job_schedule')
    .values(row)
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

export async function updateSchedule(db: JobsDb, name: string, changes: Partial<Omit<JobScheduleRow, 'id' | 'name' | 'created_at'>>): Promise<void> {
  await db.updateTable('job_schedule').set(changes).where('name', '=', name).execute();
}

export async function deleteScheduleByName(db: JobsDb, name: string): Promise<boolean> {
  const r = await db.deleteFrom('job_schedule').where('name', '=', name).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

export function findDueSchedules(db: JobsDb, now: string): Promise<JobScheduleRow[]> {
  return db.selectFrom('job_schedule').selectAll().where('next_run_at', '<=', now).orderBy('next_run_at').execute();
}

/**
 * Move a schedule on from the occurrence this worker read to the next one. The compare-and-set on the
 * old value means that when several workers tick at once only one advances it; the others' writes
 * match no row.
 */
export async function advanceSchedule(db: JobsDb, p: { id: string; from: string; to: string | null; now: string }): Promise<boolean> {
  const r = await db
    .updateTable('job_schedule')
    .set({ next_run_at: p.to, updated_at: p.now })
    .where('id', '=', p.id)
    .where('next_run_at', '=', p.from)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}
