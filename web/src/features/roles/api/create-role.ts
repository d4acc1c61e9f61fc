import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Role } from './get-roles';

export type CreateRoleInput = { key: string; name: string; nameAr?: string; permissions: string[]; requireMfa: boolean };

export const createRole = (input: CreateRoleInput) => api.post<Role>('/roles', input);

export const useCreateRole = () =>
  useMutation({
    mutationFn: createRole,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['roles'] }),
  });
