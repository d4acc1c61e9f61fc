import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use: importing it costs about 0.4 s of CPU, which every CLI command and
 * server start paid even when nothing was read or written as a spreadsheet.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
