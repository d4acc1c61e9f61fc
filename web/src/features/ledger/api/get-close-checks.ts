import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CloseChecks } from '../report-types';

/** A period's close checklist (the ledger's and other modules'), run now, and its sign-offs. */
export const getCloseChecks = (periodId: string) => api.get<CloseChecks>(`/ledger/periods/${encodeURIComponent(periodId)}/close-checks`);

export const closeChecksQueryOptions = (periodId: string) =>
  queryOptions({ queryKey: ['ledger', 'periods', 'close-checks', periodId], queryFn: () => getCloseChecks(periodId) });

export const useCloseChecks = (periodId: string) => useQuery(closeChecksQueryOptions(periodId));
