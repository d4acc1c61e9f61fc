import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';
import type { Role } from './get-roles';

export type UpdateRoleInput = {
  id: string;
  name?: string;
  nameAr?: string;
  permissions?: string[];
  requireMfa?: boolean;
};

export const updateRole = ({ id, ...patch }: UpdateRoleInput) => api.patch<Role>(`/roles/${encodeURIComponent(id)}`, patch);

export const useUpdateRole = () =>
  useMutation({
    mutationFn: updateRole,
    meta: { inlineError: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['roles'] });
      // The editor may hold one of these roles: their own permissions may have changed.
      await queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true });
    },
  });
