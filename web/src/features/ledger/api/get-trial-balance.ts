import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { TrialBalance } from '../types';

/** Every account's balance per currency as of a date (posted lines only). */
export const getTrialBalance = (asOf: string) => api.get<TrialBalance>('/ledger/trial-balance', { asOf });

export const trialBalanceQueryOptions = (asOf: string) =>
  queryOptions({ queryKey: ['ledger', 'trial-balance', asOf], queryFn: () => getTrialBalance(asOf), placeholderData: keepPreviousData });

export const useTrialBalance = (asOf: string, enabled = true) => useQuery({ ...trialBalanceQueryOptions(asOf), enabled });
