import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

export const revokeToken = (id: string) => api.delete(`/me/tokens/${encodeURIComponent(id)}`);

export const useRevokeToken = () =>
  useMutation({
    mutationFn: revokeToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-tokens'] }),
  });
