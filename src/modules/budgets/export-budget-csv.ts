import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { BudgetCall } from './budget-call.ts';
import { codeBook, csvHeader, csvLine } from './budget-csv.ts';
import { budgetGrid } from './budget-grid.ts';
import { loadBudget } from './load-budget.ts';

/** The budget's latest revision as CSV, in the shape `importBudgetCsv` reads back. */
export async function exportBudgetCsv(db: CompanyDb, call: BudgetCall, id: string): Promise<string> {
  const b = await loadBudget(db, call, id);
  const grid = await budgetGrid(db, call, id);
  const book = await codeBook(db, b);
  const lines = [csvLine(csvHeader(grid.months))];
  for (const l of grid.lines) lines.push(csvLine([l.code, l.dimensionValueId ? (book.valueCodeOf.get(l.dimensionValueId) ?? '') : '', ...l.amounts]));
  return `${lines.join('\n')}\n`;
}
