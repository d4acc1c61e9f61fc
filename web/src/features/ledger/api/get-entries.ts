import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import type { EntryStatus, EntrySummary } from '../types';

export type EntryFilters = { journalId?: string; status?: EntryStatus; from?: string; to?: string; accountId?: string; q?: string };
export type EntriesQuery = EntryFilters & { page: number; pageSize: number };

/** Entries newest first; `accountId` finds entries with a line (posted or draft) on the account. */
export const getEntries = (query: EntriesQuery) => api.get<Page<EntrySummary>>('/ledger/entries', query);

export const entriesQueryOptions = (query: EntriesQuery) =>
  queryOptions({ queryKey: ['ledger', 'entries', 'list', query], queryFn: () => getEntries(query), placeholderData: keepPreviousData });

export const useEntries = (query: EntriesQuery, enabled = true) => useQuery({ ...entriesQueryOptions(query), enabled });
