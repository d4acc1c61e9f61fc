import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

export const markRead = (id: string) => api.post<void>(`/notifications/${encodeURIComponent(id)}/read`);

export const useMarkRead = () =>
  useMutation({
    mutationFn: markRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
