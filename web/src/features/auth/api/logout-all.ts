import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';

export const logoutAll = () => api.post<void>('/auth/logout-all');

export const useLogoutAll = () =>
  useMutation({
    mutationFn: logoutAll,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
