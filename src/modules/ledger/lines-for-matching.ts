import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { typed } from './ledger-db.ts';
import { findPeriodOn, getLockDate } from './periods.repository.ts';

/** A posted line as bank matching sees it: signed minor units (debit positive), its entry's date and texts. */
export interface LineForMatching {
  lineId: string;
  entryId: string;
  accountId: string;
  date: string;
  currency: string;
  amount: bigint;
  memo: string | null;
  entryMemo: string | null;
  reference: string | null;
  number: string | null;
}

export type LinesForMatchingQuery = { accountId: string; currency: string; from: string; to: string } | { lineIds: string[] } | { entryId: string };

/**
 * Posted lines for bank matching (read only): one account's lines in one currency between two dates
 * (the account-first covering index), or given lines by id, or the lines of one entry.
 */
export async function linesForMatching(db: CompanyDb, q: LinesForMatchingQuery): Promise<LineForMatching[]> {
  let query = typed(db)
    .selectFrom('ledger_line as l')
    .innerJoin('ledger_entry as e', 'e.id', 'l.entry_id')
    .select(['l.id', 'l.entry_id', 'l.account_id', 'l.entry_date', 'l.currency', 'l.amount', 'l.memo', 'e.memo as entry_memo', 'e.reference', 'e.number']);
  if ('lineIds' in q) {
    if (q.lineIds.length === 0) return [];
    query = query.where('l.id', 'in', q.lineIds);
  } else if ('entryId' in q) query = query.where('l.entry_id', '=', q.entryId);
  else
    query = query
      .where('l.account_id', '=', q.accountId)
      .where('l.currency', '=', q.currency)
      .where('l.entry_date', '>=', q.from)
      .where('l.entry_date', '<=', q.to);
  const rows = await query.orderBy('l.entry_date').orderBy('l.id').execute();
  return rows.map((r) => ({
    lineId: r.id,
    entryId: r.entry_id,
    accountId: r.account_id,
    date: String(r.entry_date).slice(0, 10),
    currency: r.currency,
    amount: BigInt(r.amount),
    memo: r.memo,
    entryMemo: r.entry_memo,
    reference: r.reference,
    number: r.number,
  }));
}

/** Why a date is closed to changes (on or before the lock date, or in a closed period), or null when open. */
export async function closedReason(db: CompanyDb, date: string): Promise<string | null> {
  const lockDate = await getLockDate(db);
  if (lockDate && date <= lockDate) return `The books are locked up to ${lockDate}`;
  const period = await findPeriodOn(db, date);
  if (period?.status === 'closed') return `The period ${period.start_date} – ${period.end_date} is closed`;
  return null;
}
