import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Journal } from '../types';

export const getJournals = () => api.get<{ items: Journal[] }>('/ledger/journals');

export const journalsQueryOptions = () => queryOptions({ queryKey: ['ledger', 'journals'], queryFn: getJournals });

export const useJournals = (enabled = true) => useQuery({ ...journalsQueryOptions(), enabled });
