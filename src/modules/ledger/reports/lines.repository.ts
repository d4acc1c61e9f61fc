import { type ExpressionBuilder, sql } from 'kysely';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import type { LedgerTables } from '../ledger.tables.ts';
import { typed } from '../ledger-db.ts';
import type { DimFilter } from './balances.repository.ts';

/**
 * Posted lines in ledger order — entry date, entry number, line number — which is a total order
 * (numbers are unique per journal and fiscal year and carry the journal's prefix). Pages are keyset:
 * the next page starts after the last line of this one, never at an OFFSET.
 */
export interface LinePosition {
  date: string;
  number: string;
  lineNo: number;
}

export interface LineFilter extends DimFilter {
  accountIds: string[];
  currency?: string;
  from?: string;
  to?: string;
}

type Eb = ExpressionBuilder<LedgerTables & { l: LedgerTables['ledger_line']; e: LedgerTables['ledger_entry'] }, 'l' | 'e'>;

/** Lines strictly after a position (or at or before it, with `atOrBefore`). */
function relative(eb: Eb, p: LinePosition, atOrBefore: boolean) {
  const n = BigInt(p.lineNo);
  if (atOrBefore)
    return eb.or([
      eb('l.entry_date', '<', p.date),
      eb.and([eb('l.entry_date', '=', p.date), eb('e.number', '<', p.number)]),
      eb.and([eb('l.entry_date', '=', p.date), eb('e.number', '=', p.number), eb('l.line_no', '<=', n)]),
    ]);
  return eb.or([
    eb('l.entry_date', '>', p.date),
    eb.and([eb('l.entry_date', '=', p.date), eb('e.number', '>', p.number)]),
    eb.and([eb('l.entry_date', '=', p.date), eb('e.number', '=', p.number), eb('l.line_no', '>', n)]),
  ]);
}

function linesQuery(db: CompanyDb, f: LineFilter) {
  let q = typed(db)
    .selectFrom('ledger_line as l')
    .innerJoin('ledger_entry as e', 'e.id', 'l.entry_id')
    .where('l.account_id', 'in', f.accountIds.length ? f.accountIds : ['-']);
  if (f.currency) q = q.where('l.currency', '=', f.currency);
  if (f.from) q = q.where('l.entry_date', '>=', f.from);
  if (f.to) q = q.where('l.entry_date', '<=', f.to);
  if (f.dim1) q = q.where('l.dim1_id', '=', f.dim1);
  if (f.dim2) q = q.where('l.dim2_id', '=', f.dim2);
  if (f.dim3) q = q.where('l.dim3_id', '=', f.dim3);
  return q;
}

export interface LineRow {
  lineId: string;
  entryId: string;
  number: string;
  date: string;
  lineNo: number;
  accountId: string;
  currency: string;
  amount: bigint;
  base: bigint;
  memo: string | null;
  entryMemo: string | null;
  reference: string | null;
}

/** One page of lines after `after`, plus whether more follow. */
export async function linesPage(db: CompanyDb, f: LineFilter, after: LinePosition | undefined, limit: number): Promise<{ rows: LineRow[]; more: boolean }> {
  let q = linesQuery(db, f);
  // the plain date bound lets the index range-scan from the cursor's day; the OR then trims that day
  if (after) q = q.where('l.entry_date', '>=', after.date).where((eb) => relative(eb as unknown as Eb, after, false));
  const rows = await q
    .select([
      'l.id',
      'l.entry_id',
      'e.number',
      'l.entry_date',
      'l.line_no',
      'l.account_id',
      'l.currency',
      'l.amount',
      'l.base_amount',
      'l.memo',
      'e.memo as entry_memo',
      'e.reference',
    ])
    .orderBy('l.entry_date')
    .orderBy('e.number')
    .orderBy('l.line_no')
    .limit(limit + 1)
    .execute();
  return {
    more: rows.length > limit,
    rows: rows.slice(0, limit).map((r) => ({
      lineId: r.id,
      entryId: r.entry_id,
      number: r.number ?? '',
      date: r.entry_date,
      lineNo: Number(r.line_no),
      accountId: r.account_id,
      currency: r.currency,
      amount: BigInt(r.amount),
      base: BigInt(r.base_amount),
      memo: r.memo,
      entryMemo: r.entry_memo,
      reference: r.reference,
    })),
  };
}

/** The sum of the lines dated `date` up to and including a position: the part of a day before a page. */
export async function sumOfDayUpTo(db: CompanyDb, f: LineFilter, p: LinePosition): Promise<{ amount: bigint; base: bigint }> {
  const row = await linesQuery(db, { ...f, from: p.date, to: p.date })
    .where((eb) => relative(eb as unknown as Eb, p, true))
    .select([sql<bigint>`cast(sum(l.amount) as bigint)`.as('amount'), sql<bigint>`cast(sum(l.base_amount) as bigint)`.as('base')])
    .executeTakeFirst();
  return { amount: BigInt(row?.amount ?? 0n), base: BigInt(row?.base ?? 0n) };
}

/** An opaque cursor for the next page: the position of the last line shown. */
export const encodeCursor = (p: LinePosition) => Buffer.from(JSON.stringify([p.date, p.number, p.lineNo])).toString('base64url');

export function decodeCursor(text: string): LinePosition | undefined {
  try {
    const [date, number, lineNo] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || typeof number !== 'string' || !Number.isInteger(lineNo)) return undefined;
    return { date, number, lineNo };
  } catch {
    return undefined;
  }
}
