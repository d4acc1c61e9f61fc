import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Account, AccountSubtype, AccountType } from '../types';

export type AccountInput = {
  code: string;
  nameEn: string;
  nameAr: string;
  type: AccountType;
  subtype: AccountSubtype;
  parentId: string | null;
  currency: string | null;
  postable: boolean;
};

export const createAccount = (input: AccountInput) => api.post<Account>('/ledger/accounts', input);

export const useCreateAccount = () =>
  useMutation({
    mutationFn: createAccount,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'accounts'] }),
  });
