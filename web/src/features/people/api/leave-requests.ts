import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { EmployeeSummary } from '../types';

export type LeaveRequestStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';
export type LeaveRequest = {
  id: string;
  employeeId: string;
  employeeNumber: string;
  employeeNameEn: string;
  employeeNameAr: string;
  leaveTypeId: string;
  leaveTypeCode: string;
  leaveTypeNameEn: string;
  leaveTypeNameAr: string;
  from: string;
  to: string;
  startsAfternoon: boolean;
  endsMidday: boolean;
  days: number;
  note: string | null;
  status: LeaveRequestStatus;
  requestedAt: string;
  requestedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
  canDecide: boolean;
  canCancel: boolean;
};
export type LeaveRequestInput = {
  employeeId?: string;
  leaveTypeId: string;
  from: string;
  to: string;
  startsAfternoon: boolean;
  endsMidday: boolean;
  note?: string;
};
export type LeaveAvailability = {
  asOf: string;
  items: {
    leaveTypeId: string;
    code: string;
    nameEn: string;
    nameAr: string;
    allowNegative: boolean;
    balance: number;
    booked: number;
    pending: number;
    available: number;
  }[];
};
export type Absence = {
  requestId: string;
  from: string;
  to: string;
  startsAfternoon: boolean;
  endsMidday: boolean;
  status: 'pending' | 'approved';
  leaveType: { code: string; nameEn: string; nameAr: string } | null;
};
export type TeamCalendar = {
  month: string;
  from: string;
  to: string;
  workWeek: number[];
  holidays: { date: string; nameEn: string; nameAr: string; halfDay: boolean }[];
  departments: { id: string; nameEn: string; nameAr: string }[];
  people: { employeeId: string; nameEn: string; nameAr: string; departmentId: string | null; absences: Absence[] }[];
  page: number;
  pageSize: number;
  total: number;
};

const KEY = ['people', 'leave'] as const;
// requests, balances and the calendar all move together
const invalidate = () => queryClient.invalidateQueries({ queryKey: KEY });

/** The caller's own employee record (self-service) and direct reports. */
export const getTeam = () => api.get<{ self: EmployeeSummary | null; reports: EmployeeSummary[] }>('/people/team');
export const useTeam = () => useQuery({ queryKey: ['people', 'team'], queryFn: getTeam });

export type RequestScope = 'mine' | 'inbox' | 'all';
export const getLeaveRequests = (q: { scope: RequestScope; page: number; status?: LeaveRequestStatus; employeeId?: string }) =>
  api.get<Page<LeaveRequest>>('/people/leave-requests', { ...q, pageSize: 20 });
export const useLeaveRequests = (q: { scope: RequestScope; page: number; status?: LeaveRequestStatus; employeeId?: string }, enabled = true) =>
  useQuery({ queryKey: [...KEY, 'requests', q], queryFn: () => getLeaveRequests(q), placeholderData: keepPreviousData, enabled });

export const getWorkingDays = (q: { employeeId?: string; leaveTypeId?: string; from: string; to: string; startsAfternoon: boolean; endsMidday: boolean }) =>
  api.get<{ days: number; available: number | null }>('/people/leave-requests/working-days', {
    ...q,
    startsAfternoon: String(q.startsAfternoon),
    endsMidday: String(q.endsMidday),
  });
/** The count shown before submitting; only asked once both dates are set and in order. */
export const useWorkingDays = (q: Parameters<typeof getWorkingDays>[0]) =>
  useQuery({
    queryKey: [...KEY, 'working-days', q],
    queryFn: () => getWorkingDays(q),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(q.from) && /^\d{4}-\d{2}-\d{2}$/.test(q.to) && q.to >= q.from,
    retry: false,
  });

export const getLeaveAvailability = (employeeId: string) =>
  api.get<LeaveAvailability>(`/people/employees/${encodeURIComponent(employeeId)}/leave-availability`);
export const useLeaveAvailability = (employeeId: string | undefined) =>
  useQuery({ queryKey: [...KEY, 'availability', employeeId], queryFn: () => getLeaveAvailability(employeeId as string), enabled: Boolean(employeeId) });

export const requestLeave = (input: LeaveRequestInput) => api.post<LeaveRequest>('/people/leave-requests', input);
export const useRequestLeave = () => useMutation({ mutationFn: requestLeave, meta: { inlineError: true }, onSuccess: invalidate });

export const decideLeave = ({ id, decision, reason }: { id: string; decision: 'approve' | 'reject' | 'cancel'; reason?: string }) =>
  api.post<LeaveRequest>(`/people/leave-requests/${encodeURIComponent(id)}/${decision}`, decision === 'reject' ? { reason } : undefined);
export const useDecideLeave = () => useMutation({ mutationFn: decideLeave, meta: { inlineError: true }, onSuccess: invalidate });

export const getTeamCalendar = (q: { month: string; departmentId?: string; page: number }) =>
  api.get<TeamCalendar>('/people/team-calendar', { ...q, pageSize: 50 });
export const useTeamCalendar = (q: { month: string; departmentId?: string; page: number }) =>
  useQuery({ queryKey: [...KEY, 'calendar', q], queryFn: () => getTeamCalendar(q), placeholderData: keepPreviousData });

export const recordAdjustment = ({ employeeId, ...body }: { employeeId: string; leaveTypeId: string; date: string; days: number; reason: string }) =>
  api.post<{ id: string }>(`/people/employees/${encodeURIComponent(employeeId)}/leave-adjustments`, body);
export const useRecordAdjustment = () => useMutation({ mutationFn: recordAdjustment, meta: { inlineError: true }, onSuccess: invalidate });
