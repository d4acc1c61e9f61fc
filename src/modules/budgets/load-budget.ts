import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { minorUnits } from '../ledger/index.ts';
import type { BudgetCall } from './budget-call.ts';
import { companyOf } from './budget-call.ts';
import { fiscalMonths } from './budget-months.ts';
import { findBudgetRow, listBudgetRows, revisionsOf } from './budgets.repository.ts';
import type { BudgetView } from './budgets.schemas.ts';
import type { BudgetRevisionTable, BudgetTable } from './budgets.tables.ts';

const presentRevision = (r: BudgetRevisionTable) => ({
  id: r.id,
  number: Number(r.number),
  status: r.status,
  approvedBy: r.approved_by,
  approvedAt: r.approved_at ? new Date(r.approved_at).toISOString() : null,
});

function present(b: BudgetTable, revs: BudgetRevisionTable[], startMonth: number): BudgetView {
  const revisions = revs.filter((r) => r.budget_id === b.id).map(presentRevision);
  const revision = revisions[revisions.length - 1];
  if (!revision) throw new AppError('INTERNAL', 'A budget without a revision');
  return {
    id: b.id,
    name: b.name,
    fiscalYear: Number(b.fiscal_year),
    currency: b.currency,
    dimensionId: b.dimension_id,
    alertThresholdPct: Number(b.alert_threshold_pct),
    ownerUserId: b.owner_user_id,
    status: b.closed_at ? 'closed' : revision.status,
    closedBy: b.closed_by,
    closedAt: b.closed_at ? new Date(b.closed_at).toISOString() : null,
    revision,
    revisions,
    months: fiscalMonths(Number(b.fiscal_year), startMonth),
  };
}

/** Every budget of the company, latest fiscal year first. */
export async function listBudgets(db: CompanyDb, call: BudgetCall): Promise<BudgetView[]> {
  const { fiscalYearStartMonth } = await companyOf(db, call);
  const rows = await listBudgetRows(db);
  const revs = await revisionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((b) => present(b, revs, fiscalYearStartMonth));
}

/** One budget with its revisions, the currency's minor units, and its row (NOT_FOUND for another company's id). */
export async function loadBudget(db: CompanyDb, call: BudgetCall, id: string) {
  const row = await findBudgetRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'No such budget');
  const { fiscalYearStartMonth } = await companyOf(db, call);
  const revs = await revisionsOf(db, [id]);
  const view = present(row, revs, fiscalYearStartMonth);
  const units = (await minorUnits(db, [row.currency])).get(row.currency) ?? 2;
  const latest = revs[revs.length - 1] as BudgetRevisionTable;
  return { row, view, units, latest, revisions: revs };
}
export type LoadedBudget = Awaited<ReturnType<typeof loadBudget>>;

/** A closed budget is read-only: every change is refused. */
export function refuseClosed(b: LoadedBudget): void {
  if (b.row.closed_at) throw new AppError('CONFLICT', 'The budget is closed: it can no longer change');
}

/** The revision in force: the latest approved one, else the latest. */
export function revisionInForce(b: LoadedBudget): BudgetRevisionTable {
  const approved = b.revisions.filter((r) => r.status === 'approved');
  return approved[approved.length - 1] ?? b.latest;
}

/** The latest revision, refusing when it is frozen (approved): changes then need a new revision. */
export function draftRevision(b: LoadedBudget): BudgetRevisionTable {
  refuseClosed(b);
  if (b.latest.status !== 'draft') throw new AppError('CONFLICT', 'The budget is approved: start a new revision to change it');
  return b.latest;
}
