import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { budgetsKey, type Grid } from '../types';

export const getBudgetGrid = (id: string, revisionId?: string) => api.get<Grid>(`/budgets/${encodeURIComponent(id)}/grid`, { revisionId });

export const useBudgetGrid = (id: string, revisionId?: string) =>
  useQuery({ queryKey: [...budgetsKey, id, 'grid', revisionId ?? 'latest'], queryFn: () => getBudgetGrid(id, revisionId) });
