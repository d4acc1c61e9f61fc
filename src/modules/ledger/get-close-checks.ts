import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { listSignoffs } from './close.repository.ts';
import type { CloseCheck, CloseChecksView } from './close.schemas.ts';
import { type ExternalCheck, runCloseChecks } from './close-checks.ts';
import { companyFacts, type LedgerCall } from './ledger-db.ts';
import { findPeriod } from './periods.repository.ts';

/** The period's close checklist as it stands now, and its sign-off history. Changes nothing. */
export async function getCloseChecks(db: CompanyDb, call: LedgerCall, id: string, opts: { external?: ExternalCheck[] } = {}): Promise<CloseChecksView> {
  const company = await companyFacts(db, call.actor);
  const period = await findPeriod(db, id);
  if (!period) throw new AppError('NOT_FOUND');
  const checks = await runCloseChecks(db, company, period, opts.external ?? []);
  const signoffs = (await listSignoffs(db, id)).map((s) => ({
    action: s.action,
    by: s.actor_label,
    byUserId: s.actor_id,
    at: s.at,
    checks: JSON.parse(s.checks) as CloseCheck[],
  }));
  return { periodId: id, status: period.status, ok: checks.every((c) => c.ok), checks, signoffs };
}
