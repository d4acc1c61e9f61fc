import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { ChangeRequest, Page } from '../types';

const invalidate = () =>
  Promise.all([queryClient.invalidateQueries({ queryKey: ['people-records'] }), queryClient.invalidateQueries({ queryKey: ['people'] })]);

export const getOwnRequests = (page: number) => api.get<Page<ChangeRequest>>('/people/me/change-requests', { page, pageSize: 20 });
export const useOwnRequests = (page: number, enabled = true) =>
  useQuery({ queryKey: ['people-records', 'mine', page], queryFn: () => getOwnRequests(page), enabled, placeholderData: keepPreviousData });

export const getInbox = (q: { status: string; page: number; pageSize: number }) => api.get<Page<ChangeRequest>>('/people/change-requests', q);
export const useInbox = (q: { status: string; page: number; pageSize: number }, enabled = true) =>
  useQuery({ queryKey: ['people-records', 'inbox', q], queryFn: () => getInbox(q), enabled, placeholderData: keepPreviousData });

export const requestChange = (body: { changes: Record<string, string | null>; note?: string }) => api.post<ChangeRequest>('/people/me/change-requests', body);
export const useRequestChange = () => useMutation({ mutationFn: requestChange, meta: { inlineError: true }, onSuccess: invalidate });

export const approveRequest = (id: string) => api.post<{ id: string; status: string }>(`/people/change-requests/${encodeURIComponent(id)}/approve`);
export const useApproveRequest = () => useMutation({ mutationFn: approveRequest, meta: { inlineError: true }, onSuccess: invalidate });

export const rejectRequest = ({ id, reason }: { id: string; reason: string }) =>
  api.post<{ id: string; status: string }>(`/people/change-requests/${encodeURIComponent(id)}/reject`, { reason });
export const useRejectRequest = () => useMutation({ mutationFn: rejectRequest, meta: { inlineError: true }, onSuccess: invalidate });
