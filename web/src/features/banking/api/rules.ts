import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { ApplyRulesResult, Rule, RuleInput } from '../types';

export const useRules = (id: string) =>
  useQuery({ queryKey: ['banking', 'rules', id], queryFn: () => api.get<{ items: Rule[] }>(`/banking/accounts/${encodeURIComponent(id)}/rules`) });

const refresh = () => queryClient.invalidateQueries({ queryKey: ['banking'] });

export const createRule = (input: RuleInput & { bankAccountId: string }) => api.post<Rule>('/banking/rules', input);
export const useCreateRule = () => useMutation({ mutationFn: createRule, meta: { inlineError: true }, onSuccess: refresh });

export const updateRule = ({ id, ...patch }: Partial<RuleInput> & { id: string }) => api.patch<Rule>(`/banking/rules/${encodeURIComponent(id)}`, patch);
export const useUpdateRule = () => useMutation({ mutationFn: updateRule, meta: { inlineError: true }, onSuccess: refresh });

export const deleteRule = (id: string) => api.delete(`/banking/rules/${encodeURIComponent(id)}`);
export const useDeleteRule = () => useMutation({ mutationFn: deleteRule, meta: { inlineError: true }, onSuccess: refresh });

export const applyRules = ({ id, dryRun }: { id: string; dryRun?: boolean }) =>
  api.post<ApplyRulesResult>(`/banking/accounts/${encodeURIComponent(id)}/apply-rules`, dryRun ? { dryRun } : {});
export const useApplyRules = () => useMutation({ mutationFn: applyRules, meta: { inlineError: true }, onSuccess: refresh });
