import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export type ExportableReport = 'trial-balance' | 'register' | 'income-statement' | 'balance-sheet';
export type ExportRequest = {
  report: ExportableReport;
  format: 'csv' | 'xlsx';
  lang: 'en' | 'ar';
  query: Record<string, string | undefined>;
  /** The name the browser saves the file under. */
  fileName: string;
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a Blob to the browser as a download (an object URL on a temporary link). */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * A report as CSV (text; a BOM goes back in front so spreadsheets read it as UTF-8) or XLSX (a
 * blob), saved as a download. The server audits every export.
 */
export async function exportReport({ report, format, lang, query, fileName }: ExportRequest): Promise<void> {
  const options = { query: { ...query, format, lang } };
  if (format === 'csv') {
    const text = await request<string>('GET', `/ledger/reports/${report}/export`, { ...options, as: 'text' });
    save(new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
  } else {
    const blob = await request<Blob>('GET', `/ledger/reports/${report}/export`, { ...options, as: 'blob' });
    save(blob.type ? blob : new Blob([blob], { type: XLSX }), `${fileName}.xlsx`);
  }
}

export const useExportReport = () => useMutation({ mutationFn: exportReport });
