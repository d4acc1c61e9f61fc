import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Period } from '../types';

/** Admin only, audited; refused while the lock date covers the period. */
export const reopenPeriod = (id: string) => api.post<Period>(`/ledger/periods/${encodeURIComponent(id)}/reopen`);

export const useReopenPeriod = () =>
  useMutation({
    mutationFn: reopenPeriod,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'periods'] }),
  });
