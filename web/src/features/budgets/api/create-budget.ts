import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { type Budget, budgetsKey } from '../types';

export const createBudget = (input: { name: string; fiscalYear: number; alertThresholdPct: number }) => api.post<Budget>('/budgets', input);

export const useCreateBudget = () =>
  useMutation({ mutationFn: createBudget, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsKey }) });
