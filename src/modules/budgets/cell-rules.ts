import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { findAccount, listDimensions, MoneyError, toMinor } from '../ledger/index.ts';
import type { CellInput } from './budgets.schemas.ts';
import type { BudgetAmountTable } from './budgets.tables.ts';
import type { LoadedBudget } from './load-budget.ts';

export type CellRow = Omit<BudgetAmountTable, 'company_id' | 'revision_id'>;
export interface CellIssue {
  path: string;
  message: string;
}

/** The dimension values a budget's amounts may name (none when the budget has no dimension). */
export async function allowedValues(db: CompanyDb, b: LoadedBudget): Promise<Set<string>> {
  if (!b.row.dimension_id) return new Set();
  const dim = (await listDimensions(db)).find((d) => d.id === b.row.dimension_id);
  return new Set((dim?.values ?? []).map((v) => v.id));
}

/**
 * Checks cells against the budget — a postable ledger account, a month of its fiscal year, a value
 * of its dimension, an amount in its currency — and returns them as rows (later duplicates win), or
 * the issues found, each naming where (`prefix` + index + field).
 */
export async function checkCells(db: CompanyDb, b: LoadedBudget, cells: CellInput[], prefix = 'cells'): Promise<{ rows: CellRow[]; issues: CellIssue[] }> {
  const months = new Set(b.view.months);
  const values = await allowedValues(db, b);
  const accounts = new Map<string, boolean>();
  const issues: CellIssue[] = [];
  const rows = new Map<string, CellRow>();
  for (const [i, c] of cells.entries()) {
    if (!accounts.has(c.accountId)) {
      const a = await findAccount(db, c.accountId);
      accounts.set(c.accountId, Boolean(a?.postable));
    }
    if (!accounts.get(c.accountId)) issues.push({ path: `${prefix}.${i}.accountId`, message: 'No such postable account' });
    if (!months.has(c.month)) issues.push({ path: `${prefix}.${i}.month`, message: `${c.month} is not a month of fiscal year ${b.view.fiscalYear}` });
    const dv = c.dimensionValueId ?? '';
    if (dv && !values.has(dv)) issues.push({ path: `${prefix}.${i}.dimensionValueId`, message: 'Not a value of the budget’s dimension' });
    let amount = 0n;
    try {
      amount = toMinor(c.amount, b.units);
    } catch (e) {
      if (!(e instanceof MoneyError)) throw e;
      issues.push({ path: `${prefix}.${i}.amount`, message: e.message });
    }
    rows.set(`${c.accountId}|${c.month}|${dv}`, { id: '', account_id: c.accountId, month: c.month, dimension_value_id: dv, amount });
  }
  return { rows: [...rows.values()], issues };
}

export function refuseIssues(issues: CellIssue[]): void {
  if (issues.length) throw new AppError('VALIDATION', 'Some budget amounts are not valid; nothing was saved', issues);
}
