import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { listCurrencies } from '../currencies.repository.ts';
import type { CompanyFacts } from '../ledger-db.ts';
import { flag, typed } from '../ledger-db.ts';
import { getLockDate } from '../periods.repository.ts';
import { type Reason, reason } from '../refusals.ts';

export interface AccountRef {
  id: string;
  code: string;
  postable: boolean;
  active: boolean;
  currency: string | null;
}

/**
 * What an import checks rows against, read once: the chart by code, the journals by code, ISO 4217
 * minor units, the lock date and the closed periods. Small (a chart is hundreds of rows), so a file of
 * a million lines is validated without a query per row. Posting re-checks all of it under its locks.
 */
export interface ImportLookups {
  company: CompanyFacts;
  accounts: Map<string, AccountRef>;
  journals: Map<string, { id: string; code: string; active: boolean }>;
  units: Map<string, number>;
  lockDate: string | null;
  closed: { start: string; end: string }[];
}

export async function loadImportLookups(db: CompanyDb, company: CompanyFacts): Promise<ImportLookups> {
  const d = typed(db);
  const accounts = await d.selectFrom('ledger_account').select(['id', 'code', 'postable', 'active', 'currency']).execute();
  const journals = await d.selectFrom('ledger_journal').select(['id', 'code', 'active']).execute();
  const closed = await d.selectFrom('ledger_period').select(['start_date', 'end_date']).where('status', '=', 'closed').execute();
  return {
    company,
    accounts: new Map(accounts.map((a) => [a.code, { id: a.id, code: a.code, postable: flag(a.postable), active: flag(a.active), currency: a.currency }])),
    journals: new Map(journals.map((j) => [j.code, { id: j.id, code: j.code, active: flag(j.active) }])),
    units: new Map((await listCurrencies(db)).map((c) => [c.code, Number(c.minor_units)])),
    lockDate: await getLockDate(db),
    closed: closed.map((p) => ({ start: p.start_date, end: p.end_date })),
  };
}

/** Why an entry may not be posted on this date (as a refusal code, params and English text), or null. */
export function dateRefusal(l: ImportLookups, date: string): Reason | null {
  if (l.lockDate && date <= l.lockDate) return reason('ledger.books_locked', { lockDate: l.lockDate });
  const p = l.closed.find((c) => c.start <= date && date <= c.end);
  return p ? reason('ledger.period_closed', { start: p.start, end: p.end }) : null;
}
