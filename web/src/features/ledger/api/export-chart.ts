import { useMutation } from '@tanstack/react-query';
import { API_BASE, ApiError } from '../../../lib/api-client';

/**
 * The chart as CSV. The shared client parses JSON only, so this call reads the body as text itself;
 * the browser then saves it as a file.
 */
export async function exportChart(): Promise<string> {
  const res = await fetch(`${API_BASE}/ledger/chart/export`, { credentials: 'same-origin', headers: { Accept: 'text/csv' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
    throw new ApiError(res.status, body?.error?.code ?? 'INTERNAL', body?.error?.message ?? res.statusText);
  }
  return res.text();
}

function saveFile(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const useExportChart = () =>
  useMutation({
    mutationFn: exportChart,
    onSuccess: (csv) => saveFile(csv, 'chart-of-accounts.csv'),
  });
