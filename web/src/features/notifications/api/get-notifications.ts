import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';

export type Notification = {
  id: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

export type NotificationsQuery = { page: number; pageSize: number; unread?: boolean };

export const getNotifications = ({ page, pageSize, unread }: NotificationsQuery) =>
  api.get<Page<Notification>>('/notifications', { page, pageSize, unread: unread ? 'true' : undefined });

export const notificationsQueryOptions = (query: NotificationsQuery) =>
  queryOptions({
    queryKey: ['notifications', 'list', query],
    queryFn: () => getNotifications(query),
    placeholderData: keepPreviousData,
  });

export const useNotifications = (query: NotificationsQuery) => useQuery(notificationsQueryOptions(query));
