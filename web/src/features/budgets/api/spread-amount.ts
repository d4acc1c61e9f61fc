import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { budgetsKey } from '../types';

export const spreadAmount = ({ id, ...body }: { id: string } & { accountId: string; total: string; profile?: number[] }) =>
  request<{ cells: number }>('POST', `/budgets/${encodeURIComponent(id)}/spread`, { body });

export const useSpreadAmount = () =>
  useMutation({ mutationFn: spreadAmount, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsKey }) });
