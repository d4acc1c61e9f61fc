import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type ApiToken = {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
};

export const getTokens = () => api.get<{ items: ApiToken[] }>('/me/tokens');

export const tokensQueryOptions = () => queryOptions({ queryKey: ['my-tokens'], queryFn: getTokens });

export const useTokens = () => useQuery(tokensQueryOptions());
