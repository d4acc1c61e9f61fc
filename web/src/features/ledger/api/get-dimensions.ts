import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Dimension } from '../report-types';

/** Dimension types (one per slot 1–3) and their values. */
export const getDimensions = () => api.get<{ items: Dimension[] }>('/ledger/dimensions');

export const dimensionsQueryOptions = () => queryOptions({ queryKey: ['ledger', 'dimensions'], queryFn: getDimensions });

export const useDimensions = () => useQuery(dimensionsQueryOptions());
