import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DimFilter, Register } from '../report-types';

export type RegisterQuery = DimFilter & { accountId: string; currency?: string; from?: string; to?: string };

/** One account's lines with a running balance; each page starts from the balance before it. */
export const getRegister = (q: RegisterQuery, cursor?: string) => api.get<Register>('/ledger/reports/register', { ...q, cursor, pageSize: 100 });

export const registerQueryOptions = (q: RegisterQuery) =>
  infiniteQueryOptions({
    queryKey: ['ledger', 'reports', 'register', q],
    queryFn: ({ pageParam }) => getRegister(q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useRegister = (q: RegisterQuery, enabled = true) => useInfiniteQuery({ ...registerQueryOptions(q), enabled });
