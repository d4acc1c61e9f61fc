import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { budgetsKey, type Report } from '../types';

export const REPORT_PAGE_SIZE = 50;

export const getBudgetReport = (id: string, throughMonth?: string, page = 1) =>
  api.get<Report>(`/budgets/${encodeURIComponent(id)}/report`, { throughMonth, page, pageSize: REPORT_PAGE_SIZE });

export const useBudgetReport = (id: string, throughMonth?: string, page = 1) =>
  useQuery({
    queryKey: [...budgetsKey, id, 'report', throughMonth ?? 'now', page],
    queryFn: () => getBudgetReport(id, throughMonth, page),
    placeholderData: keepPreviousData,
  });
