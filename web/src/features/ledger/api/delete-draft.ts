import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

export const deleteDraft = (id: string) => api.delete(`/ledger/entries/${encodeURIComponent(id)}`);

export const useDeleteDraft = () =>
  useMutation({
    mutationFn: deleteDraft,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'entries'] }),
  });
