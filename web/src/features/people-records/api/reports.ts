import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import type { HeadcountReport, LeaveReport, TurnoverReport } from '../types';

export type ReportKind = 'headcount' | 'turnover' | 'leave';
type Range = { from: string; to: string };

export const useHeadcount = (r: Range, enabled: boolean) =>
  useQuery({
    queryKey: ['people-records', 'headcount', r],
    queryFn: () => api.get<HeadcountReport>('/people/reports/headcount', r),
    enabled,
    placeholderData: keepPreviousData,
  });
export const useTurnover = (r: Range, enabled: boolean) =>
  useQuery({
    queryKey: ['people-records', 'turnover', r],
    queryFn: () => api.get<TurnoverReport>('/people/reports/turnover', r),
    enabled,
    placeholderData: keepPreviousData,
  });
export const useLeaveReport = (r: Range, enabled: boolean) =>
  useQuery({
    queryKey: ['people-records', 'leave', r],
    queryFn: () => api.get<LeaveReport>('/people/reports/leave', r),
    enabled,
    placeholderData: keepPreviousData,
  });

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type ExportArgs = { kind: ReportKind; format: 'csv' | 'xlsx'; lang: string } & Range;
export const exportReport = async (a: ExportArgs) => {
  const blob = await request<Blob>('GET', `/people/reports/${a.kind}/export`, {
    query: { from: a.from, to: a.to, format: a.format, lang: a.lang === 'ar' ? 'ar' : 'en' },
    as: 'blob',
  });
  saveBlob(blob, `${a.kind}-${a.from}-${a.to}.${a.format}`);
};
export const useExportReport = () => useMutation({ mutationFn: exportReport });

/** The employees as XLSX (sensitive columns only for people.sensitive.read; audited on the server). */
export const exportEmployeesXlsx = async (query: { q?: string; departmentId?: string }) =>
  saveBlob(await request<Blob>('GET', '/people/exports/employees.xlsx', { query, as: 'blob' }), 'employees.xlsx');
export const useExportEmployeesXlsx = () => useMutation({ mutationFn: exportEmployeesXlsx });
