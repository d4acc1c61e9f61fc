import { loadExcel } from '../../../platform/excel.ts';
import { isAmount, type ReportTable } from './report-table.ts';

const numberFormat = (decimals: number) => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)};-#,##0.${'0'.repeat(decimals)}` : '#,##0;-#,##0');

/** A double holds any decimal of up to 15 significant digits exactly enough to read back the same digits. */
const exactDigits = 10n ** 15n;

/**
 * An amount for a number cell, built from its decimal string (never from float arithmetic): the double
 * nearest the decimal, which Excel shows back as the same decimal at the currency's precision. An
 * amount too large for that is written as text rather than rounded.
 */
export function xlsxAmount(amount: string): number | string {
  const digits = BigInt(amount.replace('-', '').replace('.', ''));
  return digits < exactDigits ? Number(amount) : amount;
}

/**
 * XLSX through exceljs: a title, the headers, then the rows. Text goes in as string cells (exceljs
 * writes formulas only from `{ formula }` objects, so a name such as `=HYPERLINK(…)` stays text).
 */
export async function writeXlsx(t: ReportTable): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Kawalis';
  const ws = wb.addWorksheet(t.name.slice(0, 31), { views: [{ rightToLeft: t.rightToLeft, state: 'frozen', ySplit: 4 }] });
  ws.addRow([t.title]).font = { bold: true, size: 14 };
  ws.addRow([t.subtitle]);
  ws.addRow([]);
  ws.addRow(t.headers).font = { bold: true };
  for (const r of t.rows) {
    const row = ws.addRow(r.map((c) => (c === null ? null : isAmount(c) ? xlsxAmount(c.amount) : c)));
    r.forEach((c, i) => {
      if (isAmount(c)) row.getCell(i + 1).numFmt = numberFormat(c.decimals);
    });
  }
  t.headers.forEach((h, i) => {
    ws.getColumn(i + 1).width = Math.min(
      60,
      Math.max(12, h.length + 2, ...t.rows.map((r) => String(isAmount(r[i]) ? (r[i] as { amount: string }).amount : (r[i] ?? '')).length + 2)),
    );
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
