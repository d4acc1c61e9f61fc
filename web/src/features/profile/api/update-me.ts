import { useMutation } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { api } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';
import type { Me } from '../../auth/types';

export type UpdateMeInput = { displayName?: string; locale?: Language; timeZone?: string };

export const updateMe = (input: UpdateMeInput) => api.patch<Me>('/me', input);

export const useUpdateMe = () =>
  useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
