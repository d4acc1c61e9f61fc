import { useMutation } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { api } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';
import type { Me } from '../../auth/types';

export type SetupInput = {
  company: {
    name: string;
    nameAr?: string;
    baseCurrency: string;
    language: Language;
    timeZone: string;
    workWeek: number[];
  };
  admin: { email: string; displayName: string; password: string };
};

export const runSetup = (input: SetupInput) => api.post<Me>('/setup', input);

export const useRunSetup = () =>
  useMutation({
    mutationFn: runSetup,
    meta: { inlineError: true, publicForm: true },
    // The setup status stays "needed" in the cache until the page leaves, so the 2FA offer can show.
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
