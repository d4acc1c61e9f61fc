import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import type { EmployeeSummary } from '../types';

export type EmployeesQuery = { page: number; pageSize: number; q?: string; departmentId?: string };

export const getEmployees = (query: EmployeesQuery) => api.get<Page<EmployeeSummary>>('/people/employees', query);

export const useEmployees = (query: EmployeesQuery, enabled = true) =>
  useQuery({ queryKey: ['people', 'employees', query], queryFn: () => getEmployees(query), placeholderData: keepPreviousData, enabled });
