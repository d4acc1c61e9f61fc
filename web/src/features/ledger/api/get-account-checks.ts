import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AccountChecks } from '../report-types';

export type AccountChecksQuery = { asOf: string; draftDays?: number; largeAmount?: string; idleDays?: number };

/** What needs attention: wrong-side balances, suspense not cleared, old drafts, large entries, idle accounts. */
export const getAccountChecks = (q: AccountChecksQuery) => api.get<AccountChecks>('/ledger/reports/account-checks', q);

export const accountChecksQueryOptions = (q: AccountChecksQuery) =>
  queryOptions({ queryKey: ['ledger', 'reports', 'account-checks', q], queryFn: () => getAccountChecks(q) });

export const useAccountChecks = (q: AccountChecksQuery) => useQuery(accountChecksQueryOptions(q));
