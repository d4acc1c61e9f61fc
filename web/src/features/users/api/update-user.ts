import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { UserRow } from '../types';

export type UpdateUserInput = { id: string; displayName?: string; roleIds?: string[] };

export const updateUser = ({ id, ...patch }: UpdateUserInput) => api.patch<UserRow>(`/users/${encodeURIComponent(id)}`, patch);

export const useUpdateUser = () =>
  useMutation({
    mutationFn: updateUser,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
