import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

/** `currency,date,rate[,source]`, all or nothing: a bad file answers VALIDATION with one issue per row. */
export const importExchangeRates = (csv: string) => api.post<{ imported: number; currencies: string[] }>('/ledger/exchange-rates/import', { csv });

export const useImportExchangeRates = () =>
  useMutation({
    mutationFn: importExchangeRates,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'exchange-rates'] }),
  });
