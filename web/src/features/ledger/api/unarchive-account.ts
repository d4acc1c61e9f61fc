import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Account } from '../types';

export const unarchiveAccount = (id: string) => api.post<Account>(`/ledger/accounts/${encodeURIComponent(id)}/unarchive`);

export const useUnarchiveAccount = () =>
  useMutation({
    mutationFn: unarchiveAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'accounts'] }),
  });
