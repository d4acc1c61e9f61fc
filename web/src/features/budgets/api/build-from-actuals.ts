import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { budgetsKey } from '../types';

export const buildFromActuals = ({ id, ...body }: { id: string } & { percent: string }) =>
  request<{ cells: number }>('POST', `/budgets/${encodeURIComponent(id)}/from-actuals`, { body });

export const useBuildFromActuals = () =>
  useMutation({ mutationFn: buildFromActuals, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsKey }) });
