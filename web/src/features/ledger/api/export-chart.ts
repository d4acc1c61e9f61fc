import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

/** The chart as CSV; the browser then saves it as a file. */
export const exportChart = () => request<string>('GET', '/ledger/chart/export', { as: 'text' });

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
