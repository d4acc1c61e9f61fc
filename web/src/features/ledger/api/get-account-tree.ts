import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AccountNode } from '../types';

/** The whole chart as a tree, children ordered by code: the chart page and the account picker. */
export const getAccountTree = () => api.get<{ items: AccountNode[] }>('/ledger/accounts/tree');

export const accountTreeQueryOptions = () => queryOptions({ queryKey: ['ledger', 'accounts', 'tree'], queryFn: getAccountTree });

export const useAccountTree = (enabled = true) => useQuery({ ...accountTreeQueryOptions(), enabled });
