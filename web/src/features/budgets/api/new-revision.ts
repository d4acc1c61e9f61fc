import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { type Budget, budgetsKey } from '../types';

export const newRevision = ({ id, ...body }: { id: string }) => request<Budget>('POST', `/budgets/${encodeURIComponent(id)}/revisions`, { body });

export const useNewRevision = () =>
  useMutation({ mutationFn: newRevision, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsKey }) });
