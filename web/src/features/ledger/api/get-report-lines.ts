import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DimFilter, Drill, LinesPage } from '../report-types';

export type LinesQuery = Drill & DimFilter;

/** The posted lines behind a figure (grouping accounts include their children), keyset pages. */
export const getReportLines = (q: LinesQuery, cursor?: string) =>
  api.get<LinesPage>('/ledger/reports/lines', { ...q, from: q.from ?? undefined, currency: q.currency ?? undefined, cursor, pageSize: 100 });

export const reportLinesQueryOptions = (q: LinesQuery) =>
  infiniteQueryOptions({
    queryKey: ['ledger', 'reports', 'lines', q],
    queryFn: ({ pageParam }) => getReportLines(q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useReportLines = (q: LinesQuery, enabled = true) => useInfiniteQuery({ ...reportLinesQueryOptions(q), enabled });
