import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

export const revokeSession = (id: string) => api.delete(`/me/sessions/${encodeURIComponent(id)}`);

export const useRevokeSession = () =>
  useMutation({
    mutationFn: revokeSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-sessions'] }),
  });
