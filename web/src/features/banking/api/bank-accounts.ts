import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { BankAccount, BankAccountInput, CsvMapping } from '../types';

export const getBankAccounts = (query: { page: number; pageSize: number }) => api.get<Page<BankAccount>>('/banking/accounts', query);
export const useBankAccounts = (query: { page: number; pageSize: number }) =>
  useQuery({ queryKey: ['banking', 'accounts', query], queryFn: () => getBankAccounts(query), placeholderData: keepPreviousData });

export const getBankAccount = (id: string) => api.get<BankAccount>(`/banking/accounts/${encodeURIComponent(id)}`);
export const useBankAccount = (id: string) => useQuery({ queryKey: ['banking', 'account', id], queryFn: () => getBankAccount(id) });

const refresh = () => queryClient.invalidateQueries({ queryKey: ['banking'] });

export const createBankAccount = (input: BankAccountInput) => api.post<BankAccount>('/banking/accounts', input);
export const useCreateBankAccount = () => useMutation({ mutationFn: createBankAccount, meta: { inlineError: true }, onSuccess: refresh });

export type BankAccountPatch = { name?: string; bank?: string; active?: boolean; csvMapping?: CsvMapping | null };
export const updateBankAccount = ({ id, ...patch }: BankAccountPatch & { id: string }) =>
  api.patch<BankAccount>(`/banking/accounts/${encodeURIComponent(id)}`, patch);
export const useUpdateBankAccount = () => useMutation({ mutationFn: updateBankAccount, meta: { inlineError: true }, onSuccess: refresh });
