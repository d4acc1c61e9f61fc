import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Employee } from '../types';

export const updateEmployee = ({ id, ...patch }: { id: string } & Record<string, unknown>) =>
  api.patch<Employee>(`/people/employees/${encodeURIComponent(id)}`, patch);

export const useUpdateEmployee = () =>
  useMutation({ mutationFn: updateEmployee, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }) });
