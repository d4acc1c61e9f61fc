import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Entry, EntryInput } from '../types';

/**
 * Creates and posts an entry in one call. The form sends one Idempotency-Key per entry it is
 * writing, so a retry after a lost response returns the first entry instead of posting twice.
 */
export const postNewEntry = ({ input, idempotencyKey }: { input: EntryInput; idempotencyKey: string }) =>
  request<Entry>('POST', '/ledger/entries/post-new', { body: input, headers: { 'Idempotency-Key': idempotencyKey } });

export const usePostNewEntry = () =>
  useMutation({
    mutationFn: postNewEntry,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
