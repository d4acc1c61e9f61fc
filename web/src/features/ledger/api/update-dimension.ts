import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Dimension } from '../report-types';

export type DimensionPatch = { nameEn?: string; nameAr?: string; active?: boolean };

/** Renames or (de)activates a dimension type. */
export const updateDimension = ({ id, ...patch }: DimensionPatch & { id: string }) =>
  api.patch<Dimension>(`/ledger/dimensions/${encodeURIComponent(id)}`, patch);

export const useUpdateDimension = () =>
  useMutation({
    mutationFn: updateDimension,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'dimensions'] }),
  });
