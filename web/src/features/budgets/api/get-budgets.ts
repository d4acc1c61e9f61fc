import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type Budget, budgetsKey } from '../types';

export const getBudgets = () => api.get<{ items: Budget[] }>('/budgets');

export const useBudgets = () => useQuery({ queryKey: [...budgetsKey, 'list'], queryFn: getBudgets });
