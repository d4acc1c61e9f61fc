import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';
import type { Me } from '../../auth/types';

export const switchCompany = (companyId: string) => api.post<Me>('/me/company', { companyId });

export const useSwitchCompany = () =>
  useMutation({
    mutationFn: switchCompany,
    onSuccess: async (me) => {
      // Everything else in the cache belonged to the previous company.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] && q.queryKey[0] !== 'setup' });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
