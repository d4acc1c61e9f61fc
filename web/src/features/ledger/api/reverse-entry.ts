import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Entry } from '../types';

/** Posts the mirrored entry on `date`, linked both ways; an entry is reversed at most once. */
export const reverseEntry = ({ id, date, memo }: { id: string; date?: string; memo?: string }) =>
  api.post<Entry>(`/ledger/entries/${encodeURIComponent(id)}/reverse`, { date, memo });

export const useReverseEntry = () =>
  useMutation({
    mutationFn: reverseEntry,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
