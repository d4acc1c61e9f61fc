import { useMutation, useQuery } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { LeaveBalances, LeavePolicy, LeaveType } from '../types';

const invalidate = () => queryClient.invalidateQueries({ queryKey: ['people', 'leave'] });

export const getLeaveTypes = () => api.get<{ items: LeaveType[] }>('/people/leave-types');
export const useLeaveTypes = (enabled = true) => useQuery({ queryKey: ['people', 'leave', 'types'], queryFn: getLeaveTypes, enabled });

export const createLeaveType = (input: Pick<LeaveType, 'code' | 'nameEn' | 'nameAr' | 'allowNegative'>) => api.post<LeaveType>('/people/leave-types', input);
export const useCreateLeaveType = () => useMutation({ mutationFn: createLeaveType, meta: { inlineError: true }, onSuccess: invalidate });

export const setLeavePolicy = ({ leaveTypeId, ...policy }: { leaveTypeId: string } & Omit<LeavePolicy, 'id'>) =>
  request<{ id: string }>('PUT', `/people/leave-types/${encodeURIComponent(leaveTypeId)}/policy`, { body: policy });
export const useSetLeavePolicy = () => useMutation({ mutationFn: setLeavePolicy, meta: { inlineError: true }, onSuccess: invalidate });

/** Derived on the server from accrual, usage and adjustments; never a stored counter. */
export const getLeaveBalances = (employeeId: string) => api.get<LeaveBalances>(`/people/employees/${encodeURIComponent(employeeId)}/leave-balances`);
export const useLeaveBalances = (employeeId: string) =>
  useQuery({ queryKey: ['people', 'leave', 'balances', employeeId], queryFn: () => getLeaveBalances(employeeId) });
