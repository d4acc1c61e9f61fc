import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type Budget, budgetsKey } from '../types';

export const getBudget = (id: string) => api.get<Budget>(`/budgets/${encodeURIComponent(id)}`);

export const useBudget = (id: string) => useQuery({ queryKey: [...budgetsKey, id], queryFn: () => getBudget(id) });
