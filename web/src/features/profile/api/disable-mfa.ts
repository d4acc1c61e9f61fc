import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';

export const disableMfa = (input: { currentPassword: string }) => api.post<void>('/me/mfa/disable', input);

export const useDisableMfa = () =>
  useMutation({
    mutationFn: disableMfa,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
