/**
 * Kysely types of the job tables. These tables are not company-owned: one worker serves every
 * company, so a job names its company in a plain nullable column instead of going through the scope
 * plugin. Instants are ISO-8601 UTC text on both dialects; integers are bigint.
 */

/** queued → running → done | failed; a failed attempt with attempts left goes back to queued. */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobTable {
  id: string;
  kind: string;
  /** JSON text */
  payload: string;
  company_id: string | null;
  status: JobStatus;
  run_at: string;
  /** Attempts started so far; the claim increments it, so it doubles as a fencing token. */
  attempts: bigint;
  max_attempts: bigint;
  /** While running: the lease. A worker that dies leaves it to expire, and the job is claimed again. */
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  /** Dedupe key: a second enqueue with the same key is a no-op, for good. */
  unique_key: string | null;
  schedule_id: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface JobScheduleTable {
  id: string;
  /** Stable name the code defines the schedule by, e.g. `ledger.month-end-reminder:<companyId>`. */
  name: string;
  cron: string;
  /** IANA time zone the cron expression is read in: the company's. */
  time_zone: string;
  kind: string;
  payload: string;
  company_id: string | null;
  max_attempts: bigint;
  /** The next occurrence still to be turned into a job; null when the expression never fires again. */
  next_run_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface JobsTables {
  job: JobTable;
  job_schedule: JobScheduleTable;
}

export type JobRow = JobTable;
export type JobScheduleRow = JobScheduleTable;
