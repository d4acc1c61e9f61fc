import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const getSetupStatus = () => api.get<{ needed: boolean }>('/setup');

export const setupStatusQueryOptions = () => queryOptions({ queryKey: ['setup'], queryFn: getSetupStatus, staleTime: Number.POSITIVE_INFINITY });

export const useSetupStatus = () => useQuery(setupStatusQueryOptions());
