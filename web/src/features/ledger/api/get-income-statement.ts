import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DimFilter, IncomeStatement } from '../report-types';

export type IncomeStatementQuery = DimFilter & { from: string; to: string; currency?: string };

/** Income and expense for a range, beside the previous period and the same period last year. */
export const getIncomeStatement = (q: IncomeStatementQuery) => api.get<IncomeStatement>('/ledger/reports/income-statement', q);

export const incomeStatementQueryOptions = (q: IncomeStatementQuery) =>
  queryOptions({ queryKey: ['ledger', 'reports', 'income-statement', q], queryFn: () => getIncomeStatement(q), placeholderData: keepPreviousData });

export const useIncomeStatement = (q: IncomeStatementQuery) => useQuery(incomeStatementQueryOptions(q));
