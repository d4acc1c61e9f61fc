import { sql } from 'kysely';
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

/**
 * An account's posted line as the matcher searches it: id, date, signed amount (debit positive) and
 * `text`, its entry number, reference, entry memo and line memo joined by spaces (empty ones left out).
 */
export interface LineToMatch {
  lineId: string;
  date: string;
  amount: bigint;
  text: string;
}

/**
 * One account's posted lines in one currency between two dates, for the matcher (read only): the
 * same lines as `linesForMatching`, with only what the matcher searches on (four columns, the text
 * joined by the database; each row is the driver's own object). What a proposal shows of its lines
 * (entry, number, memos) is read for those lines by id.
 */
export async function accountLinesToMatch(db: CompanyDb, q: { accountId: string; currency: string; from: string; to: string }): Promise<LineToMatch[]> {
  const rows = (await typed(db)
    .selectFrom('ledger_line as l')
    .innerJoin('ledger_entry as e', 'e.id', 'l.entry_id')
    .select([
      'l.id as lineId',
      'l.entry_date as date',
      'l.amount',
      sql<string>`concat_ws(' ', nullif(e.number, ''), nullif(e.reference, ''), nullif(e.memo, ''), nullif(l.memo, ''))`.as('text'),
    ])
    .where('l.account_id', '=', q.accountId)
    .where('l.currency', '=', q.currency)
    .where('l.entry_date', '>=', q.from)
    .where('l.entry_date', '<=', q.to)
    .orderBy('l.entry_date')
    .orderBy('l.id')
    .execute()) as unknown as LineToMatch[];
  // both drivers give bigint amounts and `YYYY-MM-DD` dates (create-database.ts); anything else is made so
  for (const r of rows) {
    if (typeof r.amount !== 'bigint') r.amount = BigInt(r.amount);
    if (typeof r.date !== 'string' || r.date.length !== 10) r.date = String(r.date).slice(0, 10);
  }
  return rows;
}

/** Why a date is closed to changes (on or before the lock date, or in a closed period), or null when open. */
export async function closedReason(db: CompanyDb, date: string): Promise<string | null> {
  const lockDate = await getLockDate(db);
  if (lockDate && date <= lockDate) return `The books are locked up to ${lockDate}`;
  const period = await findPeriodOn(db, date);
  if (period?.status === 'closed') return `The period ${period.start_date} – ${period.end_date} is closed`;
  return null;
}
