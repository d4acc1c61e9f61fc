import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { ApiToken } from './get-tokens';

export type CreateTokenInput = { name: string; permissions: string[]; expiresInDays: number };

export const createToken = (input: CreateTokenInput) => api.post<{ token: string; item: ApiToken }>('/me/tokens', input);

export const useCreateToken = () =>
  useMutation({
    mutationFn: createToken,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-tokens'] }),
  });
