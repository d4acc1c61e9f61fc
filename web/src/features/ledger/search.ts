import type { EntryFilters } from './api/get-entries';
import { isIsoDate } from './dates';

/**
 * The ledger pages keep their filters in the address, so a drill-down from the trial balance is a
 * link and the back button restores the list. Anything unreadable is dropped, never an error.
 */
const text = (v: unknown, max = 100): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.slice(0, max) : undefined);
const uuid = (v: unknown): string | undefined => (typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v) ? v : undefined);
const date = (v: unknown): string | undefined => (typeof v === 'string' && isIsoDate(v) ? v : undefined);

export type EntriesSearch = EntryFilters & { page?: number };

export function validateEntriesSearch(search: Record<string, unknown>): EntriesSearch {
  const page = Number(search.page);
  return {
    journalId: uuid(search.journalId),
    status: search.status === 'draft' || search.status === 'posted' ? search.status : undefined,
    from: date(search.from),
    to: date(search.to),
    accountId: uuid(search.accountId),
    q: text(search.q),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export type AsOfSearch = { asOf?: string };

export const validateAsOfSearch = (search: Record<string, unknown>): AsOfSearch => ({ asOf: date(search.asOf) });

export type PeriodsSearch = { year?: number };

export function validatePeriodsSearch(search: Record<string, unknown>): PeriodsSearch {
  const year = Number(search.year);
  return { year: Number.isInteger(year) && year >= 1900 && year <= 2999 ? year : undefined };
}
