import { loadExcel } from '../../platform/excel.ts';

export interface Sheet {
  name: string;
  headers: string[];
  rows: (string | number | null | undefined)[][];
  rightToLeft?: boolean;
}

/**
 * One workbook, one sheet per table: a bold frozen header row, then the rows. Text goes in as string
 * cells (exceljs writes formulas only from `{ formula }` objects, so `=HYPERLINK(…)` in a name stays text).
 */
export async function writeSheets(sheets: Sheet[]): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Kawalis';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31), { views: [{ rightToLeft: s.rightToLeft ?? false, state: 'frozen', ySplit: 1 }] });
    ws.addRow(s.headers).font = { bold: true };
    for (const r of s.rows) ws.addRow(r.map((c) => c ?? null));
    s.headers.forEach((h, i) => {
      const widest = s.rows.slice(0, 1000).reduce((w, r) => Math.max(w, String(r[i] ?? '').length), h.length);
      ws.getColumn(i + 1).width = Math.min(50, Math.max(10, widest + 2));
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
