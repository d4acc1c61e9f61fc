import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type Session = {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string | null;
  ip: string | null;
  userAgent: string | null;
};

export const getSessions = () => api.get<{ items: Session[] }>('/me/sessions');

export const sessionsQueryOptions = () => queryOptions({ queryKey: ['my-sessions'], queryFn: getSessions });

export const useSessions = () => useQuery(sessionsQueryOptions());
