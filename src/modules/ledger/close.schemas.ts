import { z } from '@hono/zod-openapi';
import { entrySchema } from './ledger.schemas.ts';

/** The period-close workflow, revaluation and year-end at the boundary. */
export const closeCheckSchema = z
  .object({
    key: z.string(),
    /** `ledger` for the ledger's own checks, `module` for one another module registered. */
    source: z.enum(['ledger', 'module']),
    ok: z.boolean(),
    /** The result in English. */
    message: z.string(),
    /** The result as a stable reason code (`ledger.check_drafts` …) a client translates, with its params; absent on checks that give none (and on sign-offs recorded before codes). */
    code: z.string().optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .openapi('LedgerCloseCheck');
export type CloseCheck = z.infer<typeof closeCheckSchema>;

export const signoffSchema = z
  .object({ action: z.enum(['closed', 'reopened']), by: z.string(), byUserId: z.string().nullable(), at: z.string(), checks: z.array(closeCheckSchema) })
  .openapi('LedgerPeriodSignoff');
export type SignoffView = z.infer<typeof signoffSchema>;

export const closeChecksSchema = z
  .object({
    periodId: z.string(),
    status: z.enum(['open', 'closed']),
    /** True when every check passes: the period may close. */
    ok: z.boolean(),
    checks: z.array(closeCheckSchema),
    /** Who closed and reopened the period, and when, oldest first. */
    signoffs: z.array(signoffSchema),
  })
  .openapi('LedgerCloseChecks');
export type CloseChecksView = z.infer<typeof closeChecksSchema>;

export const systemEntryInputSchema = z.strictObject({ journalId: z.uuid().optional() }).openapi('LedgerSystemEntryInput');
export type SystemEntryInput = z.infer<typeof systemEntryInputSchema>;

export const yearEndInputSchema = z
  .strictObject({ fiscalYear: z.number().int().min(1900).max(2999), journalId: z.uuid().optional() })
  .openapi('LedgerYearEndInput');
export type YearEndInput = z.infer<typeof yearEndInputSchema>;

/** The entry posted, or null when there was nothing to post (already revalued, or already closed). */
export const systemEntryResultSchema = z.object({ entry: entrySchema.nullable() }).openapi('LedgerSystemEntryResult');
export type SystemEntryResult = z.infer<typeof systemEntryResultSchema>;
