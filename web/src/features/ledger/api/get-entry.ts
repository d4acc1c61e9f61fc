import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Entry } from '../types';

export const getEntry = (id: string) => api.get<Entry>(`/ledger/entries/${encodeURIComponent(id)}`);

export const entryQueryOptions = (id: string) => queryOptions({ queryKey: ['ledger', 'entries', 'one', id], queryFn: () => getEntry(id) });

export const useEntry = (id: string, enabled = true) => useQuery({ ...entryQueryOptions(id), enabled });
