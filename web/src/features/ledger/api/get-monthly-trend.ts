import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DimFilter, Trend } from '../report-types';

/** `to` is a month (YYYY-MM); `types` a comma list of account types (income,expense by default). */
export type TrendQuery = DimFilter & { to: string; months?: number; types?: string; currency?: string };

/** Whole months of income and expense per account, with totals per type. */
export const getMonthlyTrend = (q: TrendQuery) => api.get<Trend>('/ledger/reports/monthly-trend', q);

export const monthlyTrendQueryOptions = (q: TrendQuery) =>
  queryOptions({ queryKey: ['ledger', 'reports', 'monthly-trend', q], queryFn: () => getMonthlyTrend(q), placeholderData: keepPreviousData });

export const useMonthlyTrend = (q: TrendQuery) => useQuery(monthlyTrendQueryOptions(q));
