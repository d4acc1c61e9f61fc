import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

export const enableUser = (id: string) => api.post<unknown>(`/users/${encodeURIComponent(id)}/enable`);

export const useEnableUser = () =>
  useMutation({
    mutationFn: enableUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
