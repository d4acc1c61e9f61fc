import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

export const createEmployee = (input: Record<string, unknown>) => api.post<{ id: string }>('/people/employees', input);

export const useCreateEmployee = () =>
  useMutation({ mutationFn: createEmployee, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }) });
