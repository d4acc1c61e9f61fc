import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Period } from '../types';

export const closePeriod = (id: string) => api.post<Period>(`/ledger/periods/${encodeURIComponent(id)}/close`);

export const useClosePeriod = () =>
  useMutation({
    mutationFn: closePeriod,
    // The pages show the refusal themselves (with the failing checks the server names).
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'periods'] }),
  });
