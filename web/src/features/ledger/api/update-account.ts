import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Account } from '../types';
import type { AccountInput } from './create-account';

/** Everything but the type, which never changes once an account exists. */
export type AccountPatch = Partial<Omit<AccountInput, 'type'>>;

export const updateAccount = ({ id, patch }: { id: string; patch: AccountPatch }) => api.patch<Account>(`/ledger/accounts/${encodeURIComponent(id)}`, patch);

export const useUpdateAccount = () =>
  useMutation({
    mutationFn: updateAccount,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'accounts'] }),
  });
