import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Account } from '../types';

export const getAccount = (id: string) => api.get<Account>(`/ledger/accounts/${encodeURIComponent(id)}`);

export const accountQueryOptions = (id: string) => queryOptions({ queryKey: ['ledger', 'accounts', 'one', id], queryFn: () => getAccount(id) });

export const useAccount = (id: string | undefined) => useQuery({ ...accountQueryOptions(id ?? ''), enabled: Boolean(id) });
