import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

export type ChartImportReport = { created: number; updated: number; unchanged: number };

/** All rows or none: a bad file answers VALIDATION with one issue per row and column (`rows.4.code`). */
export const importChart = (csv: string) => api.post<ChartImportReport>('/ledger/chart/import', { csv });

export const useImportChart = () =>
  useMutation({
    mutationFn: importChart,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'accounts'] }),
  });
