import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type Role = {
  id: string;
  key: string;
  name: string;
  nameAr: string | null;
  permissions: string[];
  requireMfa: boolean;
  system: boolean;
};

export const getRoles = () => api.get<{ items: Role[] }>('/roles');

export const rolesQueryOptions = () => queryOptions({ queryKey: ['roles'], queryFn: getRoles });

export const useRoles = (enabled = true) => useQuery({ ...rolesQueryOptions(), enabled });
