import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Dimension } from '../report-types';

export type DimensionInput = { code: string; nameEn: string; nameAr: string; slot: number };

/** Adds a dimension type in a free slot (1–3); the slot is fixed once chosen. */
export const createDimension = (input: DimensionInput) => api.post<Dimension>('/ledger/dimensions', input);

export const useCreateDimension = () =>
  useMutation({
    mutationFn: createDimension,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'dimensions'] }),
  });
