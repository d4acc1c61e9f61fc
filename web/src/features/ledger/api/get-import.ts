import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LedgerImport } from '../report-types';

export const getImport = (id: string) => api.get<LedgerImport>(`/ledger/imports/${encodeURIComponent(id)}`);

const finished = (i: LedgerImport | undefined) => i?.status === 'done' || i?.status === 'failed';

/** An import and its progress, polled every half second until it is done or failed. */
export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['ledger', 'imports', id],
    queryFn: () => getImport(id),
    refetchInterval: (query) => (finished(query.state.data) ? false : 500),
  });

export const useImport = (id: string | undefined) => useQuery({ ...importQueryOptions(id ?? ''), enabled: id !== undefined });
