import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Department } from '../types';

export const createDepartment = (input: { nameEn: string; nameAr: string; parentId?: string | null }) => api.post<Department>('/people/departments', input);

export const useCreateDepartment = () =>
  useMutation({ mutationFn: createDepartment, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }) });
