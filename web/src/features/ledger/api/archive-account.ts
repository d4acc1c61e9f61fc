import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Account } from '../types';

/** Refused (CONFLICT) while the account has a balance, active sub-accounts or draft lines. */
export const archiveAccount = (id: string) => api.post<Account>(`/ledger/accounts/${encodeURIComponent(id)}/archive`);

export const useArchiveAccount = () =>
  useMutation({
    mutationFn: archiveAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'accounts'] }),
  });
