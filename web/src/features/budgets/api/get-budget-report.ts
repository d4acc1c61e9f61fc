import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { budgetsKey, type Report } from '../types';

export const getBudgetReport = (id: string, throughMonth?: string) => api.get<Report>(`/budgets/${encodeURIComponent(id)}/report`, { throughMonth });

export const useBudgetReport = (id: string, throughMonth?: string) =>
  useQuery({ queryKey: [...budgetsKey, id, 'report', throughMonth ?? 'now'], queryFn: () => getBudgetReport(id, throughMonth) });
