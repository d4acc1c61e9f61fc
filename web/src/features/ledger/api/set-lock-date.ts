import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

/** Moving the date forward needs ledger.close; back (or clearing it) needs ledger.admin. */
export const setLockDate = (lockDate: string | null) => request<{ lockDate: string | null }>('PUT', '/ledger/lock-date', { body: { lockDate } });

export const useSetLockDate = () =>
  useMutation({
    mutationFn: setLockDate,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'settings'] }),
  });
