import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import type { Account, AccountType } from '../types';

export type AccountsQuery = { page: number; pageSize: number; q?: string; type?: AccountType; active?: 'true' | 'false'; postable?: 'true' | 'false' };

/** Accounts matching a code or name, a page at a time: the chart page's search. */
export const getAccounts = (query: AccountsQuery) => api.get<Page<Account>>('/ledger/accounts', query);

export const accountsQueryOptions = (query: AccountsQuery) =>
  queryOptions({ queryKey: ['ledger', 'accounts', 'list', query], queryFn: () => getAccounts(query), placeholderData: keepPreviousData });

export const useAccounts = (query: AccountsQuery, enabled = true) => useQuery({ ...accountsQueryOptions(query), enabled });
