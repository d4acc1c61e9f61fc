import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Currency } from '../types';

/** ISO 4217 codes and their minor units (the server's table, never Intl's). */
export const getCurrencies = () => api.get<{ items: Currency[] }>('/ledger/currencies');

export const currenciesQueryOptions = () => queryOptions({ queryKey: ['ledger', 'currencies'], queryFn: getCurrencies, staleTime: Number.POSITIVE_INFINITY });

export const useCurrencies = () => useQuery(currenciesQueryOptions());
