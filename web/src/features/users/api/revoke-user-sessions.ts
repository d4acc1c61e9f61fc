import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

export const revokeUserSessions = (id: string) => api.post<unknown>(`/users/${encodeURIComponent(id)}/revoke-sessions`);

export const useRevokeUserSessions = () =>
  useMutation({
    mutationFn: revokeUserSessions,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
