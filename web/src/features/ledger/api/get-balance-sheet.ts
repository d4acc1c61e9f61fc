import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { BalanceSheet, DimFilter } from '../report-types';

export type BalanceSheetQuery = DimFilter & { asOf: string; currency?: string };

/** Assets, liabilities and equity as of a date, a month and a year earlier. */
export const getBalanceSheet = (q: BalanceSheetQuery) => api.get<BalanceSheet>('/ledger/reports/balance-sheet', q);

export const balanceSheetQueryOptions = (q: BalanceSheetQuery) =>
  queryOptions({ queryKey: ['ledger', 'reports', 'balance-sheet', q], queryFn: () => getBalanceSheet(q), placeholderData: keepPreviousData });

export const useBalanceSheet = (q: BalanceSheetQuery) => useQuery(balanceSheetQueryOptions(q));
