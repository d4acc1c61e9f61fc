import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';
import type { Me } from '../../auth/types';

export type ChangeEmailInput = { currentPassword: string; email: string };

export const changeEmail = (input: ChangeEmailInput) => api.post<Me>('/me/email', input);

export const useChangeEmail = () =>
  useMutation({
    mutationFn: changeEmail,
    meta: { inlineError: true },
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
