import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Entry } from '../types';

/** Revalues foreign-currency balances at the period's end; `entry` is null when there was nothing to post. */
export const revaluePeriod = (periodId: string) => api.post<{ entry: Entry | null }>(`/ledger/periods/${encodeURIComponent(periodId)}/revalue`, {});

export const useRevaluePeriod = () =>
  useMutation({
    mutationFn: revaluePeriod,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
