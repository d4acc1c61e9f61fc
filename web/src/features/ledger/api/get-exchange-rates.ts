import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ExchangeRate } from '../report-types';

export type ExchangeRatesQuery = { currency?: string; from?: string; to?: string };

/** Dated exchange rates, newest first per currency (base-currency units per unit). */
export const getExchangeRates = (q: ExchangeRatesQuery) => api.get<{ items: ExchangeRate[] }>('/ledger/exchange-rates', { ...q, limit: 500 });

export const exchangeRatesQueryOptions = (q: ExchangeRatesQuery) =>
  queryOptions({ queryKey: ['ledger', 'exchange-rates', q], queryFn: () => getExchangeRates(q) });

export const useExchangeRates = (q: ExchangeRatesQuery) => useQuery(exchangeRatesQueryOptions(q));
