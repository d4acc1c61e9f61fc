import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { CompanyScopeError } from '../db/company-scope.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import type { AppEnv } from './app-env.ts';

export const zodDetails = (e: ZodError) => e.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code }));

/** Every failure leaves as `{ error: { code, message, details } }`; unexpected ones say nothing more than INTERNAL. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return new AppError('VALIDATION', 'Invalid input', zodDetails(err));
  if (err instanceof CompanyScopeError) return new AppError('VALIDATION', err.message);
  const db = databaseError(err);
  if (db) return db;
  if (err instanceof HTTPException) {
    if (err.status === 400 && /json/i.test(err.message)) return new AppError('MALFORMED_JSON');
    if (err.status === 413) return new AppError('PAYLOAD_TOO_LARGE');
    if (err.status === 400) return new AppError('VALIDATION', err.message);
  }
  return new AppError('INTERNAL');
}

/**
 * Constraint violations the database raised are the caller's conflict, not a server fault: a unique
 * key taken twice (two racing requests) or a guard trigger refusing to change a posted record.
 */
function databaseError(err: unknown): AppError | undefined {
  const e = err as { code?: string; message?: string };
  if (e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new AppError('CONFLICT', 'This record already exists or was changed at the same time');
  }
  if (e?.code === '23503' || e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new AppError('VALIDATION', 'A referenced record does not exist');
  if (
    typeof e?.message === 'string' &&
    /is append-only|posted .* cannot|refused/i.test(e.message) &&
    (e.code === '42501' || e.code?.startsWith('SQLITE_CONSTRAINT'))
  ) {
    return new AppError('CONFLICT', 'Posted records cannot be changed; record a correction instead');
  }
  return undefined;
}

export function errorHandler(p: Platform) {
  return async (err: Error, c: Context<AppEnv>) => {
    const e = toAppError(err);
    const requestId = c.get('requestId');
    if (e.code === 'INTERNAL') p.logger.error({ req: requestId, err }, 'unhandled error');
    const actor = c.get('actor');
    if (e.code === 'FORBIDDEN' && actor) {
      await recordAudit(p.db, p.clock, actor, {
        action: 'auth.permission_denied',
        summary: { method: c.req.method, path: c.req.path, permission: (e.details as { permission?: string } | undefined)?.permission },
      }).catch((auditErr) => p.logger.error({ err: auditErr }, 'audit of a denial failed'));
    }
    if (e.code === 'RATE_LIMITED') c.header('Retry-After', String((e.details as { retryAfter?: number })?.retryAfter ?? 60));
    const body = { error: { code: e.code, message: e.code === 'INTERNAL' ? `Internal error (request ${requestId})` : e.message, details: e.details } };
    return c.json(body, e.status as 400);
  };
}
