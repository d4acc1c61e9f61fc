import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type Permission = { key: string; description: string };

export const getPermissions = () => api.get<{ items: Permission[] }>('/permissions');

export const permissionsQueryOptions = () => queryOptions({ queryKey: ['permissions'], queryFn: getPermissions, staleTime: 5 * 60_000 });

export const usePermissions = () => useQuery(permissionsQueryOptions());
