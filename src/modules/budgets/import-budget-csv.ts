import { parse } from 'csv-parse/sync';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { MoneyError, toMinor } from '../ledger/index.ts';
import type { BudgetCall } from './budget-call.ts';
import { codeBook, csvHeader } from './budget-csv.ts';
import type { CellInput } from './budgets.schemas.ts';
import type { CellIssue } from './cell-rules.ts';
import { draftRevision, loadBudget } from './load-budget.ts';
import { setAmounts } from './set-amounts.ts';

const DECIMAL = /^-?\d{1,15}(\.\d{1,4})?$/;

/**
 * Imports the budget CSV into the draft revision, all or nothing: any error (a row and column named,
 * counted from 1 with the header as row 1) and nothing is saved. Empty month cells are left as they were.
 */
export async function importBudgetCsv(db: CompanyDb, call: BudgetCall, id: string, text: string): Promise<{ cells: number }> {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    throw new AppError('VALIDATION', 'The file is not CSV', [{ path: 'csv', message: (e as Error).message }]);
  }
  return importBudgetRows(db, call, id, rows);
}

/** The rows of a budget file (CSV or the first XLSX sheet, header first) into the draft revision, all or nothing. */
export async function importBudgetRows(db: CompanyDb, call: BudgetCall, id: string, rows: string[][]): Promise<{ cells: number }> {
  const b = await loadBudget(db, call, id);
  draftRevision(b);
  const header = csvHeader(b.view.months);
  const issues: CellIssue[] = [];
  const got = (rows[0] ?? []).map((h) => h.toLowerCase());
  if (got.length !== header.length || got.some((h, i) => h !== header[i])) {
    throw new AppError('VALIDATION', 'The header is not the budget’s', [{ path: 'row 1', message: `Expected: ${header.join(',')}` }]);
  }
  const book = await codeBook(db, b);
  const cells: CellInput[] = [];
  for (const [r, row] of rows.slice(1).entries()) {
    const at = (col: string) => `row ${r + 2}, column ${col}`;
    if (row.length !== header.length) {
      issues.push({ path: `row ${r + 2}`, message: `${row.length} fields, expected ${header.length}` });
      continue;
    }
    const account = book.accounts.get(row[0] as string);
    if (!account?.postable) issues.push({ path: at('account'), message: `No postable account ${row[0]}` });
    const dvCode = row[1] as string;
    const dv = dvCode ? book.values.get(dvCode) : null;
    if (dvCode && !dv) issues.push({ path: at('dimension_value'), message: `No value ${dvCode} of the budget’s dimension` });
    for (const [i, month] of b.view.months.entries()) {
      const v = (row[i + 2] as string).replace(/,/g, '');
      if (v === '') continue;
      if (!DECIMAL.test(v)) {
        issues.push({ path: at(month), message: `"${v}" is not a decimal number` });
        continue;
      }
      try {
        toMinor(v, b.units);
      } catch (e) {
        if (!(e instanceof MoneyError)) throw e;
        issues.push({ path: at(month), message: e.message });
        continue;
      }
      if (account?.postable) cells.push({ accountId: account.id, month, dimensionValueId: dv ?? null, amount: v });
    }
  }
  if (issues.length) throw new AppError('VALIDATION', 'The file has errors; nothing was imported', issues);
  if (cells.length === 0) return { cells: 0 };
  return setAmounts(db, call, id, cells, 'budgets.amounts.imported');
}
