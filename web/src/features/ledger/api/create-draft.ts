import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Entry, EntryInput } from '../types';

/** A draft: lines are checked (accounts, decimals) but need not balance yet. */
export const createDraft = (input: EntryInput) => api.post<Entry>('/ledger/entries', input);

export const useCreateDraft = () =>
  useMutation({
    mutationFn: createDraft,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'entries'] }),
  });
