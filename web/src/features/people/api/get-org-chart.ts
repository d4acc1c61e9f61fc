import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Department, DepartmentNode } from '../types';

export const getOrgChart = () => api.get<{ items: DepartmentNode[] }>('/people/org-chart');
export const useOrgChart = () => useQuery({ queryKey: ['people', 'org-chart'], queryFn: getOrgChart });

export const getDepartments = () => api.get<{ items: Department[] }>('/people/departments');
export const useDepartments = (enabled = true) => useQuery({ queryKey: ['people', 'departments'], queryFn: getDepartments, enabled });
