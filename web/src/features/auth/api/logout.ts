import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';

export const logout = () => api.post<void>('/auth/logout');

function forgetSession() {
  queryClient.clear();
  queryClient.setQueryData(meQueryKey, null);
}

export const useLogout = () => useMutation({ mutationFn: logout, onSettled: forgetSession });
