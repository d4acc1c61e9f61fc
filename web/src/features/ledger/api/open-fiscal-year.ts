import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Period } from '../types';

/** Creates a fiscal year's twelve periods (posting into a year also creates them). */
export const openFiscalYear = (fiscalYear: number) => api.post<{ items: Period[] }>('/ledger/periods/years', { fiscalYear });

export const useOpenFiscalYear = () =>
  useMutation({
    mutationFn: openFiscalYear,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'periods'] }),
  });
