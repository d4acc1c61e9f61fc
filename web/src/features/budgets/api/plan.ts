import { useMutation, useQuery } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { budgetsKey, type Forecast, type Scenario, type ScenarioComparison } from '../types';

const path = (id: string) => `/budgets/${encodeURIComponent(id)}`;
const refresh = () => queryClient.invalidateQueries({ queryKey: budgetsKey });

export const useForecast = (id: string) => useQuery({ queryKey: [...budgetsKey, id, 'forecast'], queryFn: () => api.get<Forecast>(`${path(id)}/forecast`) });

export const useSetForecastMethod = () =>
  useMutation({
    mutationFn: ({ id, ...line }: { id: string; accountId: string; dimensionValueId: string | null; method: 'budget' | 'trend'; trendMonths: number }) =>
      request<{ lines: number }>('PUT', `${path(id)}/forecast/methods`, { body: { lines: [line] } }),
    meta: { inlineError: true },
    onSuccess: refresh,
  });

export const useScenarios = (id: string) =>
  useQuery({ queryKey: [...budgetsKey, id, 'scenarios'], queryFn: () => api.get<{ items: Scenario[] }>(`${path(id)}/scenarios`) });

export const useCreateScenario = () =>
  useMutation({
    mutationFn: ({ id, ...body }: { id: string; name: string; base: 'budget' | 'forecast' }) => request<Scenario>('POST', `${path(id)}/scenarios`, { body }),
    meta: { inlineError: true },
    onSuccess: refresh,
  });

export interface AdjustmentDraft {
  kind: 'percent' | 'one-off' | 'hire';
  accountIds: string[];
  fromMonth: string;
  percent?: string;
  amount?: string;
  label?: string;
}
export const useAddAdjustment = () =>
  useMutation({
    mutationFn: ({ id, scenarioId, ...body }: { id: string; scenarioId: string } & AdjustmentDraft) =>
      request<Scenario>('POST', `${path(id)}/scenarios/${encodeURIComponent(scenarioId)}/adjustments`, { body }),
    meta: { inlineError: true },
    onSuccess: refresh,
  });

export const useRemoveAdjustment = () =>
  useMutation({
    mutationFn: ({ id, scenarioId, adjustmentId }: { id: string; scenarioId: string; adjustmentId: string }) =>
      request<Scenario>('DELETE', `${path(id)}/scenarios/${encodeURIComponent(scenarioId)}/adjustments/${encodeURIComponent(adjustmentId)}`, {}),
    meta: { inlineError: true },
    onSuccess: refresh,
  });

export const useScenarioComparison = (id: string, scenarioId: string | null) =>
  useQuery({
    queryKey: [...budgetsKey, id, 'scenario', scenarioId],
    queryFn: () => api.get<ScenarioComparison>(`${path(id)}/scenarios/${encodeURIComponent(scenarioId ?? '')}/compare`),
    enabled: Boolean(scenarioId),
  });
