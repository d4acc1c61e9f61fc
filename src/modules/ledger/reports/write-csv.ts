import { toCsv } from '../csv.ts';
import { isAmount, type ReportTable } from './report-table.ts';

/**
 * CSV with amounts as decimal strings. Text fields a spreadsheet would run as formulas are escaped by
 * `toCsv`; a BOM lets spreadsheet programs read Arabic as UTF-8.
 */
export function writeCsv(t: ReportTable, opts: { bom?: boolean } = {}): Buffer {
  const rows = t.rows.map((r) => r.map((c) => (c === null ? '' : isAmount(c) ? c.amount : c)));
  return Buffer.from(`${opts.bom === false ? '' : '\ufeff'}${toCsv([t.headers, ...rows])}`, 'utf8');
}
