import { useMutation } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { UserRow } from '../types';

export type CreateUserInput = { email: string; displayName: string; locale: Language; roleIds: string[] };

export const createUser = (input: CreateUserInput) => api.post<{ user: UserRow; oneTimePassword: string }>('/users', input);

export const useCreateUser = () =>
  useMutation({
    mutationFn: createUser,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
