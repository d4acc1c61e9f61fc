import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { budgetsKey, type Cell } from '../types';

export const setAmounts = ({ id, ...body }: { id: string } & { cells: Cell[] }) =>
  request<{ cells: number }>('PUT', `/budgets/${encodeURIComponent(id)}/amounts`, { body });

export const useSetAmounts = () =>
  useMutation({ mutationFn: setAmounts, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsKey }) });
