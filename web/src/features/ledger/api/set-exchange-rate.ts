import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { ExchangeRate } from '../report-types';

export type ExchangeRateInput = { currency: string; date: string; rate: string; source?: string };

/** Enters a currency's rate from a date on (replaces that day's rate). */
export const setExchangeRate = (input: ExchangeRateInput) => request<ExchangeRate>('PUT', '/ledger/exchange-rates', { body: input });

export const useSetExchangeRate = () =>
  useMutation({
    mutationFn: setExchangeRate,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'exchange-rates'] }),
  });
