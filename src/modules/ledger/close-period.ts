import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { isPostgres } from '../../platform/db/create-database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { PeriodView } from './chart.schemas.ts';
import { insertSignoff } from './close.repository.ts';
import { type ExternalCheck, runCloseChecks } from './close-checks.ts';
import { companyFacts, type LedgerCall, typed } from './ledger-db.ts';
import { findPeriod, presentPeriod, setPeriodStatus } from './periods.repository.ts';
import { refuse } from './refusals.ts';

/**
 * Close a period as a checked workflow: run every check (the ledger's own and those other modules
 * register), refuse with CONFLICT listing the failing ones unless all pass, then lock the period and
 * record the sign-off — who, when, and the checks as they stood — in the append-only sign-off log
 * and the audit log.
 *
 * The checks run before the closing transaction (other modules' checks read through their own
 * handles; on SQLite a read on another handle inside our write transaction would wait on itself).
 * What may happen in between cannot undo a passed check: a posting keeps the ledger balanced and
 * verifiable, and once the period row is locked below no posting can enter the period. A draft
 * created in between cannot be posted into a closed period.
 */
export async function closePeriod(db: CompanyDb, call: LedgerCall, id: string, opts: { external?: ExternalCheck[] } = {}): Promise<PeriodView> {
  const company = await companyFacts(db, call.actor);
  const period = await findPeriod(db, id);
  if (!period) throw new AppError('NOT_FOUND');
  if (period.status === 'closed') throw refuse('CONFLICT', 'ledger.period_already_closed');
  const checks = await runCloseChecks(db, company, period, opts.external ?? []);
  const failing = checks.filter((c) => !c.ok);
  if (failing.length) {
    throw refuse('CONFLICT', 'ledger.close_refused', { failures: failing.map((c) => c.message).join('; ') }, { checks: failing });
  }
  return inTransaction(db, async (trx) => {
    // Lock the period row: postings into it hold it FOR SHARE (PostgreSQL) and queue behind the close.
    let q = typed(trx).selectFrom('ledger_period').select('status').where('id', '=', id);
    if (isPostgres(trx)) q = q.forUpdate();
    const now = await q.executeTakeFirst();
    if (!now) throw new AppError('NOT_FOUND');
    if (now.status === 'closed') throw refuse('CONFLICT', 'ledger.period_already_closed');
    const at = call.clock.now().toISOString();
    const set = { status: 'closed' as const, closed_by: call.actor.userId ?? call.actor.label, closed_at: at };
    await setPeriodStatus(trx, id, set);
    await insertSignoff(trx, {
      period_id: id,
      action: 'closed',
      actor_id: call.actor.userId,
      actor_label: call.actor.label,
      at,
      checks: JSON.stringify(checks),
    });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.period.closed',
      targetType: 'ledger_period',
      targetId: id,
      summary: { start: period.start_date, end: period.end_date, checks: checks.map((c) => c.key) },
    });
    return presentPeriod({ ...period, ...set });
  });
}
