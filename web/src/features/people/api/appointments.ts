import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, type Page, request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Appointment, AppointmentInput, FeedCreated, FeedStatus, FreeSlot } from '../appointment-types';

const invalidate = () => queryClient.invalidateQueries({ queryKey: ['people', 'appointments'] });

export type AppointmentsQuery = { scope: 'mine' | 'all'; includeCancelled?: boolean; page: number; pageSize: number };
export const getAppointments = (q: AppointmentsQuery) =>
  api.get<Page<Appointment>>('/people/appointments', { ...q, includeCancelled: q.includeCancelled ? 'true' : undefined });
export const useAppointments = (q: AppointmentsQuery) =>
  useQuery({ queryKey: ['people', 'appointments', 'list', q], queryFn: () => getAppointments(q), placeholderData: keepPreviousData });

export const getAppointment = (id: string) => api.get<Appointment>(`/people/appointments/${encodeURIComponent(id)}`);
export const useAppointment = (id: string) => useQuery({ queryKey: ['people', 'appointments', 'one', id], queryFn: () => getAppointment(id) });

export const scheduleAppointment = (input: AppointmentInput) => api.post<Appointment>('/people/appointments', input);
export const useScheduleAppointment = () => useMutation({ mutationFn: scheduleAppointment, meta: { inlineError: true }, onSuccess: invalidate });

export const rescheduleAppointment = ({ id, ...body }: { id: string; startsAt: string; endsAt: string; override?: boolean; overrideReason?: string }) =>
  api.post<Appointment>(`/people/appointments/${encodeURIComponent(id)}/reschedule`, body);
export const useRescheduleAppointment = () => useMutation({ mutationFn: rescheduleAppointment, meta: { inlineError: true }, onSuccess: invalidate });

export const cancelAppointment = (id: string) => api.post<Appointment>(`/people/appointments/${encodeURIComponent(id)}/cancel`, {});
export const useCancelAppointment = () => useMutation({ mutationFn: cancelAppointment, meta: { inlineError: true }, onSuccess: invalidate });

export const respondToAppointment = ({ id, response }: { id: string; response: 'accepted' | 'declined' }) =>
  api.post<Appointment>(`/people/appointments/${encodeURIComponent(id)}/response`, { response });
export const useRespondToAppointment = () => useMutation({ mutationFn: respondToAppointment, meta: { inlineError: true }, onSuccess: invalidate });

export type SlotsQuery = { attendeeIds: string[]; from: string; to: string; durationMinutes: number; page: number };
export const getFreeSlots = (q: SlotsQuery) =>
  api.get<Page<FreeSlot>>('/people/appointment-slots', { ...q, attendeeIds: q.attendeeIds.join(','), pageSize: 12 });
export const useFreeSlots = (q: SlotsQuery | null) =>
  useQuery({
    queryKey: ['people', 'appointments', 'slots', q],
    queryFn: () => getFreeSlots(q as SlotsQuery),
    enabled: q !== null,
    placeholderData: keepPreviousData,
  });

const invalidateFeed = () => queryClient.invalidateQueries({ queryKey: ['people', 'calendar-feed'] });
export const useFeedStatus = () => useQuery({ queryKey: ['people', 'calendar-feed'], queryFn: () => api.get<FeedStatus>('/people/calendar-feed') });
export const useCreateFeed = () => useMutation({ mutationFn: () => api.post<FeedCreated>('/people/calendar-feed'), onSuccess: invalidateFeed });
export const useRevokeFeed = () => useMutation({ mutationFn: () => request<void>('DELETE', '/people/calendar-feed'), onSuccess: invalidateFeed });

export type WorkHours = { dayStart: string; dayEnd: string };
export const useWorkHours = (enabled: boolean) =>
  useQuery({ queryKey: ['people', 'appointments', 'work-hours'], queryFn: () => api.get<WorkHours>('/people/work-hours'), enabled });
export const useSetWorkHours = () =>
  useMutation({
    mutationFn: (w: WorkHours) => request<WorkHours>('PUT', '/people/work-hours', { body: w }),
    meta: { inlineError: true },
    onSuccess: invalidate,
  });
