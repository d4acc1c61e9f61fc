import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { budgetsKey } from '../types';

export const checkAlerts = ({ id, ...body }: { id: string }) =>
  request<{ alerts: number; notified: number }>('POST', `/budgets/${encodeURIComponent(id)}/check-alerts`, { body });

export const useCheckAlerts = () =>
  useMutation({ mutationFn: checkAlerts, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsKey }) });
