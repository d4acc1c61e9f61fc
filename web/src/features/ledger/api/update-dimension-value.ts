import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { DimensionValue } from '../report-types';
import type { DimensionPatch } from './update-dimension';

/** Renames or (de)activates a dimension value. */
export const updateDimensionValue = ({ id, ...patch }: DimensionPatch & { id: string }) =>
  api.patch<DimensionValue>(`/ledger/dimension-values/${encodeURIComponent(id)}`, patch);

export const useUpdateDimensionValue = () =>
  useMutation({
    mutationFn: updateDimensionValue,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'dimensions'] }),
  });
