import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface AccountOption {
  id: string;
  code: string;
  nameEn: string;
  nameAr: string;
  type: string;
}

/** Postable income and expense accounts to budget (read from the ledger's chart). */
export const getPostableAccounts = () => api.get<{ items: AccountOption[] }>('/ledger/accounts', { postable: 'true', active: 'true', pageSize: 200 });

export const usePostableAccounts = () =>
  useQuery({
    queryKey: ['budgets', 'accounts'],
    queryFn: getPostableAccounts,
    select: (d) => d.items.filter((a) => a.type === 'income' || a.type === 'expense'),
  });
