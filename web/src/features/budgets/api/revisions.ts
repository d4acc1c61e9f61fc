import { useMutation, useQuery } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { type Budget, budgetsKey, type Comparison } from '../types';

const path = (id: string) => `/budgets/${encodeURIComponent(id)}`;
const refresh = () => queryClient.invalidateQueries({ queryKey: budgetsKey });

export const useCloseBudget = () =>
  useMutation({ mutationFn: (id: string) => request<Budget>('POST', `${path(id)}/close`, {}), meta: { inlineError: true }, onSuccess: refresh });

export const useCopyBudget = () =>
  useMutation({
    mutationFn: ({ id, ...body }: { id: string; name: string; fiscalYear: number; percent: string }) => request<Budget>('POST', `${path(id)}/copy`, { body }),
    meta: { inlineError: true },
    onSuccess: refresh,
  });

export const useCompareRevisions = (id: string, a: string | null, b: string | null) =>
  useQuery({
    queryKey: [...budgetsKey, id, 'compare', a, b],
    queryFn: () => api.get<Comparison>(`${path(id)}/compare`, { a: a ?? '', b: b ?? '' }),
    enabled: Boolean(a && b),
  });

function saveBytes(bytes: Uint8Array | string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const useExportXlsx = () =>
  useMutation({
    mutationFn: (id: string) => api.get<{ fileName: string; xlsx: string }>(`${path(id)}/export-xlsx`),
    onSuccess: (r) =>
      saveBytes(
        Uint8Array.from(atob(r.xlsx), (c) => c.charCodeAt(0)),
        r.fileName,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ),
  });

/** Reads a chosen file and imports it: `.xlsx` as a workbook (base64), anything else as CSV text. */
export const useImportFile = () =>
  useMutation({
    mutationFn: async ({ id, file }: { id: string; file: File }) => {
      if (file.name.toLowerCase().endsWith('.xlsx')) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        let bin = '';
        for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return request<{ cells: number }>('POST', `${path(id)}/import-xlsx`, { body: { xlsx: btoa(bin) } });
      }
      return request<{ cells: number }>('POST', `${path(id)}/import`, { body: { csv: await file.text() } });
    },
    meta: { inlineError: true },
    onSuccess: refresh,
  });
