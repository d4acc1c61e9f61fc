import type ExcelJS from 'exceljs';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { loadExcel } from '../../platform/excel.ts';
import type { BudgetCall } from './budget-call.ts';
import { codeBook, csvHeader } from './budget-csv.ts';
import { budgetGrid } from './budget-grid.ts';
import { importBudgetRows } from './import-budget-csv.ts';
import { loadBudget } from './load-budget.ts';

/** A double holds up to 15 significant digits exactly; larger amounts are written as text. */
const asCell = (amount: string): number | string => (BigInt(amount.replace('-', '').replace('.', '')) < 10n ** 15n ? Number(amount) : amount);

/** The latest revision as XLSX, one sheet in the CSV's shape (`account,dimension_value,<12 months>`), amounts as numbers. */
export async function exportBudgetXlsx(db: CompanyDb, call: BudgetCall, id: string): Promise<Buffer> {
  const b = await loadBudget(db, call, id);
  const grid = await budgetGrid(db, call, id);
  const book = await codeBook(db, b);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Kawalis';
  const ws = wb.addWorksheet('budget', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  ws.addRow(csvHeader(grid.months)).font = { bold: true };
  const fmt = b.units > 0 ? `#,##0.${'0'.repeat(b.units)}` : '#,##0';
  for (const l of grid.lines) {
    const row = ws.addRow([l.code, l.dimensionValueId ? (book.valueCodeOf.get(l.dimensionValueId) ?? '') : '', ...l.amounts.map(asCell)]);
    for (let i = 3; i <= 14; i++) row.getCell(i).numFmt = fmt;
  }
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 16;
  for (let i = 3; i <= 14; i++) ws.getColumn(i).width = 13;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell as the text the CSV import reads: numbers in plain decimal (no exponent, no float noise beyond 4 places). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(4)));
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'object' && 'result' in v) return cellText((v as { result: ExcelJS.CellValue }).result);
  if (typeof v === 'object' && 'richText' in v)
    return (v as { richText: { text: string }[] }).richText
      .map((r) => r.text)
      .join('')
      .trim();
  return String(v).trim();
}

/** Imports the first sheet of an XLSX workbook (the export's shape), all or nothing, errors naming row and column. */
export async function importBudgetXlsx(db: CompanyDb, call: BudgetCall, id: string, data: Buffer): Promise<{ cells: number }> {
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError('VALIDATION', 'The file is not an XLSX workbook', [{ path: 'xlsx', message: (e as Error).message }]);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('VALIDATION', 'The workbook has no sheet', [{ path: 'xlsx', message: 'No worksheet' }]);
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= Math.max(row.cellCount, 14); i++) cells.push(cellText(row.getCell(i).value));
    while (cells.length > 14 && cells[cells.length - 1] === '') cells.pop();
    if (cells.some((c) => c !== '')) rows.push(cells);
  });
  return importBudgetRows(db, call, id, rows);
}
