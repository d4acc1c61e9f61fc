import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { type Budget, budgetsKey } from '../types';

export const approveBudget = ({ id, ...body }: { id: string }) => request<Budget>('POST', `/budgets/${encodeURIComponent(id)}/approve`, { body });

export const useApproveBudget = () =>
  useMutation({ mutationFn: approveBudget, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsKey }) });
