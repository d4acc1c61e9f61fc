import { isIsoDate } from './dates';
import type { DimFilter } from './report-types';

/**
 * The report pages keep their filters in the address (as search.ts does for entries), so a figure's
 * drill-down is a link and the back button returns to the report. Anything unreadable is dropped.
 */
const uuid = (v: unknown): string | undefined => (typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v) ? v : undefined);
const date = (v: unknown): string | undefined => (typeof v === 'string' && isIsoDate(v) ? v : undefined);
const uuids = (v: unknown): string | undefined => (typeof v === 'string' && v.split(',').length <= 50 && v.split(',').every((id) => uuid(id)) ? v : undefined);
const currency = (v: unknown): string | undefined => (typeof v === 'string' && /^[A-Z]{3}$/.test(v) ? v : undefined);

export const REPORTS = ['income', 'balance', 'trend', 'trial', 'register'] as const;
export type ReportKey = (typeof REPORTS)[number];

export type ReportsSearch = DimFilter & { report?: ReportKey; from?: string; to?: string; asOf?: string; accountId?: string; currency?: string };

const dims = (s: Record<string, unknown>): DimFilter => ({ dim1: uuid(s.dim1), dim2: uuid(s.dim2), dim3: uuid(s.dim3) });

export function validateReportsSearch(s: Record<string, unknown>): ReportsSearch {
  return {
    report: REPORTS.find((r) => r === s.report),
    from: date(s.from),
    to: date(s.to),
    asOf: date(s.asOf),
    accountId: uuid(s.accountId),
    currency: currency(s.currency),
    ...dims(s),
  };
}

export type LinesSearch = DimFilter & { accountId?: string; currency?: string; from?: string; to?: string };

export const validateLinesSearch = (s: Record<string, unknown>): LinesSearch => ({
  accountId: uuids(s.accountId),
  currency: currency(s.currency),
  from: date(s.from),
  to: date(s.to),
  ...dims(s),
});

/** A drill's query as the lines page's address (nulls dropped), carrying the report's dimension filter. */
export const drillSearch = (d: { accountId: string; currency: string | null; from: string | null; to: string }, dim: DimFilter = {}): LinesSearch => ({
  accountId: d.accountId,
  currency: d.currency ?? undefined,
  from: d.from ?? undefined,
  to: d.to,
  ...dim,
});

export const validateChecksSearch = (s: Record<string, unknown>): { asOf?: string } => ({ asOf: date(s.asOf) });
