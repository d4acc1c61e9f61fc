import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Period } from '../types';

export const getPeriods = (fiscalYear?: number) => api.get<{ items: Period[] }>('/ledger/periods', { fiscalYear });

export const periodsQueryOptions = (fiscalYear?: number) =>
  queryOptions({ queryKey: ['ledger', 'periods', fiscalYear ?? 'all'], queryFn: () => getPeriods(fiscalYear) });

export const usePeriods = (fiscalYear?: number) => useQuery(periodsQueryOptions(fiscalYear));
