import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

export const disableUser = (id: string) => api.post<unknown>(`/users/${encodeURIComponent(id)}/disable`);

export const useDisableUser = () =>
  useMutation({
    mutationFn: disableUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
