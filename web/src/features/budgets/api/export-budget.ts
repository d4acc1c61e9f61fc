import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The latest revision as CSV, in the shape the import reads. */
export const exportBudget = (id: string) => api.get<{ fileName: string; csv: string }>(`/budgets/${encodeURIComponent(id)}/export`);

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

export const useExportBudget = () => useMutation({ mutationFn: exportBudget, onSuccess: (r) => saveFile(r.csv, r.fileName) });
