import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';
import type { Stage } from '../types';

export type LoginInput = { email: string; password: string };

export const login = (input: LoginInput) => api.post<{ stage: Stage }>('/auth/login', input);

export const useLogin = () =>
  useMutation({
    mutationFn: login,
    meta: { inlineError: true, publicForm: true },
    onSuccess: () => queryClient.removeQueries(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
