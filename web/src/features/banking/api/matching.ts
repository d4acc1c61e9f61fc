import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { LedgerItem, Proposals, Reconciliation, StandingMatch, UnmatchedBankLine, UnmatchedPage } from '../types';

const base = (id: string) => `/banking/accounts/${encodeURIComponent(id)}`;
type PageQuery = { page: number; pageSize: number };

export const useProposals = (id: string, query: { windowDays: number; limit: number }) =>
  useQuery({
    queryKey: ['banking', 'proposals', id, query],
    queryFn: () => api.get<Proposals>(`${base(id)}/proposals`, query),
    placeholderData: keepPreviousData,
  });

export const useUnmatchedBank = (id: string, query: PageQuery) =>
  useQuery({
    queryKey: ['banking', 'unmatched-bank', id, query],
    queryFn: () => api.get<UnmatchedPage<UnmatchedBankLine>>(`${base(id)}/unmatched/bank`, query),
    placeholderData: keepPreviousData,
  });

export const useUnmatchedLedger = (id: string, query: PageQuery) =>
  useQuery({
    queryKey: ['banking', 'unmatched-ledger', id, query],
    queryFn: () => api.get<UnmatchedPage<LedgerItem>>(`${base(id)}/unmatched/ledger`, query),
    placeholderData: keepPreviousData,
  });

export const useStandingMatches = (id: string, query: PageQuery) =>
  useQuery({
    queryKey: ['banking', 'matches', id, query],
    queryFn: () => api.get<{ items: StandingMatch[]; page: number; pageSize: number; total: number }>(`${base(id)}/matches`, query),
    placeholderData: keepPreviousData,
  });

export const useReconciliation = (id: string, asOf: string) =>
  useQuery({ queryKey: ['banking', 'reconciliation', id, asOf], queryFn: () => api.get<Reconciliation>(`${base(id)}/reconciliation`, { asOf }) });

const refresh = () => queryClient.invalidateQueries({ queryKey: ['banking'] });

export const confirmMatch = (input: { bankAccountId: string; bankLineIds: string[]; ledgerLineIds: string[] }) =>
  api.post<{ id: string }>('/banking/matches', input);
export const useConfirmMatch = () => useMutation({ mutationFn: confirmMatch, meta: { inlineError: true }, onSuccess: refresh });

export const unmatch = ({ id, reason }: { id: string; reason?: string }) =>
  api.post<{ id: string }>(`/banking/matches/${encodeURIComponent(id)}/unmatch`, reason ? { reason } : {});
export const useUnmatch = () => useMutation({ mutationFn: unmatch, meta: { inlineError: true }, onSuccess: refresh });

export const autoMatch = ({ id, minScore }: { id: string; minScore: number }) =>
  api.post<{ confirmed: number; conflicts: number; belowScore: number }>(`${base(id)}/auto-match`, { minScore });
export const useAutoMatch = () => useMutation({ mutationFn: autoMatch, meta: { inlineError: true }, onSuccess: refresh });

export type PostLineInput = { lineId: string; accountId: string; journalId: string; memo?: string; dimensions?: string[] };
export const postLine = ({ lineId, ...body }: PostLineInput) =>
  api.post<{ entryId: string; matchId: string }>(`/banking/lines/${encodeURIComponent(lineId)}/post`, body);
export const usePostLine = () => useMutation({ mutationFn: postLine, meta: { inlineError: true }, onSuccess: refresh });
