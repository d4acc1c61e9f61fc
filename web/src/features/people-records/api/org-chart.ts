import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { EmployeeSummary } from '../../people/types';
import type { OrgPerson, Page } from '../types';

export const ORG_PAGE = 100;

export const getLevel = (managerId: string | null, page: number) =>
  api.get<Page<OrgPerson>>('/people/org-chart/people', { managerId: managerId ?? undefined, page, pageSize: ORG_PAGE });
export const useLevel = (managerId: string | null, page: number) =>
  useQuery({ queryKey: ['people-records', 'org', managerId, page], queryFn: () => getLevel(managerId, page) });

export const getChain = (id: string) => api.get<{ chain: string[] }>(`/people/org-chart/people/${encodeURIComponent(id)}/chain`);

export const useTeam = () =>
  useQuery({ queryKey: ['people-records', 'team'], queryFn: () => api.get<{ self: EmployeeSummary | null; reports: EmployeeSummary[] }>('/people/team') });
