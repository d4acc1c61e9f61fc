import type { Clock } from '../clock.ts';
import type { AnyDb } from '../db/create-database.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { findJobByUniqueKey, insertJob } from './jobs.repository.ts';

export const DEFAULT_MAX_ATTEMPTS = 5;

export interface EnqueueJobInput {
  /** The handler that will run it, e.g. `notification.email`. */
  kind: string;
  /** Must survive JSON: write amounts as strings, never bigint. */
  payload?: unknown;
  /** Not before this instant; now when absent. */
  runAt?: Date;
  /** Attempts in all, the first included; at least 1. */
  maxAttempts?: number;
  companyId?: string | null;
  /**
   * Dedupe: while a job with this key exists (in any state), enqueueing it again does nothing and
   * returns the existing job. Put whatever makes the work distinct (a date, a record id) in the key.
   */
  uniqueKey?: string;
}

export interface EnqueuedJob {
  id: string;
  /** False when the unique key was already taken and the existing job's id came back. */
  enqueued: boolean;
}

/**
 * Add a one-off job. Pass the transaction that makes the change the job is about, so the job exists
 * exactly when the change was committed.
 */
export async function enqueueJob(db: AnyDb, clock: Clock, input: EnqueueJobInput): Promise<EnqueuedJob> {
  const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!input.kind) throw new AppError('VALIDATION', 'A job needs a kind', [{ path: 'kind', message: 'Required' }]);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new AppError('VALIDATION', 'maxAttempts must be a positive integer', [{ path: 'maxAttempts', message: 'Must be ≥ 1' }]);
  }
  const now = clock.now();
  const id = newId(now.getTime());
  const iso = now.toISOString();
  const inserted = await insertJob(db, {
    id,
    kind: input.kind,
    payload: JSON.stringify(input.payload ?? null),
    company_id: input.companyId ?? null,
    status: 'queued',
    run_at: (input.runAt ?? now).toISOString(),
    attempts: 0n,
    max_attempts: BigInt(maxAttempts),
    locked_until: null,
    locked_by: null,
    last_error: null,
    unique_key: input.uniqueKey ?? null,
    schedule_id: null,
    created_at: iso,
    updated_at: iso,
    finished_at: null,
  });
  if (inserted || !input.uniqueKey) return { id, enqueued: true };
  const existing = await findJobByUniqueKey(db, input.uniqueKey);
  if (!existing) throw new AppError('INTERNAL', `job with unique key ${input.uniqueKey} vanished`);
  return { id: existing.id, enqueued: false };
}
