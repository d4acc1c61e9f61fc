import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { DimensionValue } from '../report-types';

export type DimensionValueInput = { dimensionId: string; code: string; nameEn: string; nameAr: string };

/** Adds a value (a department, a project) to a dimension. */
export const createDimensionValue = (input: DimensionValueInput) => api.post<DimensionValue>('/ledger/dimension-values', input);

export const useCreateDimensionValue = () =>
  useMutation({
    mutationFn: createDimensionValue,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'dimensions'] }),
  });
