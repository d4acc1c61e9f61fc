import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';
import type { Stage } from '../types';

export type VerifyMfaInput = { code: string } | { recoveryCode: string };

export const verifyMfa = (input: VerifyMfaInput) => api.post<{ stage: Stage }>('/auth/mfa', input);

export const useVerifyMfa = () =>
  useMutation({
    mutationFn: verifyMfa,
    meta: { inlineError: true, publicForm: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
