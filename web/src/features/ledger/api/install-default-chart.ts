import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

/** The bilingual default chart and journals, into a company that has no accounts yet. */
export const installDefaultChart = () => api.post<{ accounts: number; journals: number }>('/ledger/chart/install-default');

export const useInstallDefaultChart = () =>
  useMutation({
    mutationFn: installDefaultChart,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
