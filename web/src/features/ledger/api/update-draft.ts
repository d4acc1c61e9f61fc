import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Entry, EntryInput } from '../types';

export type DraftPatch = Partial<Omit<EntryInput, 'memo' | 'reference'>> & { memo?: string | null; reference?: string | null };

export const updateDraft = ({ id, patch }: { id: string; patch: DraftPatch }) => api.patch<Entry>(`/ledger/entries/${encodeURIComponent(id)}`, patch);

export const useUpdateDraft = () =>
  useMutation({
    mutationFn: updateDraft,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'entries'] }),
  });
