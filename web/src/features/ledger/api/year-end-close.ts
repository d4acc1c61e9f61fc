import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Entry } from '../types';

/** Posts a fiscal year's closing entry (income and expense to retained earnings); null when already closed. */
export const yearEndClose = (fiscalYear: number) => api.post<{ entry: Entry | null }>('/ledger/year-end', { fiscalYear });

export const useYearEndClose = () =>
  useMutation({
    mutationFn: yearEndClose,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
