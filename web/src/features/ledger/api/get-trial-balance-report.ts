import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DimFilter, TrialBalanceReport } from '../report-types';

export type TrialBalanceReportQuery = DimFilter & { from?: string; to: string };

/** Opening, movement and closing per account and currency for a range (grouping accounts included). */
export const getTrialBalanceReport = (q: TrialBalanceReportQuery) => api.get<TrialBalanceReport>('/ledger/reports/trial-balance', q);

export const trialBalanceReportQueryOptions = (q: TrialBalanceReportQuery) =>
  queryOptions({ queryKey: ['ledger', 'reports', 'trial-balance', q], queryFn: () => getTrialBalanceReport(q), placeholderData: keepPreviousData });

export const useTrialBalanceReport = (q: TrialBalanceReportQuery) => useQuery(trialBalanceReportQueryOptions(q));
