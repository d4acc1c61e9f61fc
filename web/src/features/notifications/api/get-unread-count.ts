import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const getUnreadCount = () => api.get<{ count: number }>('/notifications/unread-count');

export const unreadCountQueryOptions = () => queryOptions({ queryKey: ['notifications', 'unread-count'], queryFn: getUnreadCount, refetchInterval: 60_000 });

export const useUnreadCount = () => useQuery(unreadCountQueryOptions());
