import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

/** The employees as CSV (sensitive columns only for people.sensitive.read; audited on the server). */
export const exportEmployees = (query: { q?: string; departmentId?: string }) => request<string>('GET', '/people/employees/export', { as: 'text', query });

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

export const useExportEmployees = () => useMutation({ mutationFn: exportEmployees, onSuccess: (csv) => saveFile(csv, 'employees.csv') });
