import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Entry } from '../types';

/** Posts a saved draft: numbered, hashed into its journal's chain, and immutable from then on. */
export const postEntry = (id: string) => api.post<Entry>(`/ledger/entries/${encodeURIComponent(id)}/post`);

export const usePostEntry = (inlineError = false) =>
  useMutation({
    mutationFn: postEntry,
    meta: { inlineError },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
