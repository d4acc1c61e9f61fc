import type { KawalisModule } from '../module.ts';
import { jobsMigration001 } from './migrations/001-jobs.ts';

export { DEFAULT_MAX_ATTEMPTS, type EnqueuedJob, type EnqueueJobInput, enqueueJob } from './enqueue-job.ts';
export {
  type DefineScheduleInput,
  defineSchedule,
  materialiseDueSchedules,
  nextOccurrence,
  occurrenceKey,
  removeSchedule,
  validateCron,
} from './job-schedule.ts';
export {
  DEFAULT_LEASE_MS,
  type JobLogger,
  type JobRunContext,
  type JobWorker,
  type JobWorkerOptions,
  nextBackoff,
  startJobWorker,
  type WorkerJobHandler,
} from './job-worker.ts';
export { getJob } from './jobs.repository.ts';
export type { JobRow, JobScheduleRow, JobStatus, JobsTables } from './jobs.tables.ts';
export { jobHandlersOf } from './module-handlers.ts';

/**
 * The job queue is platform plumbing: its tables are not company-owned (one worker serves every
 * company) and it declares no permissions and no handlers of its own.
 */
export const jobsModule: KawalisModule = {
  name: 'jobs',
  migrations: { '001-jobs': jobsMigration001 },
  companyTables: [],
};
