import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Employee } from '../types';

export const getEmployee = (id: string) => api.get<Employee>(`/people/employees/${encodeURIComponent(id)}`);

export const useEmployee = (id: string) => useQuery({ queryKey: ['people', 'employee', id], queryFn: () => getEmployee(id) });
