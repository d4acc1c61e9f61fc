import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { isPostgres } from '../../platform/db/create-database.ts';
import { type BankLineTable, type BankMatchLineTable, type BankMatchTable, typed } from './banking.tables.ts';

type Insert<T> = Omit<T, 'company_id'>;

/** Statement lines of a bank account in no standing match, optionally within dates (the (account, date) index plus the once-index). */
export function unmatchedBankLines(db: CompanyDb, bankAccountId: string, range: { from?: string; to?: string } = {}) {
  let q = typed(db)
    .selectFrom('bank_line as b')
    .selectAll('b')
    .where('b.bank_account_id', '=', bankAccountId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('bank_match_line as m').select('m.id').whereRef('m.bank_line_id', '=', 'b.id').where('m.live', '=', 1n))),
    );
  if (range.from) q = q.where('b.booking_date', '>=', range.from);
  if (range.to) q = q.where('b.booking_date', '<=', range.to);
  return q.orderBy('b.booking_date').orderBy('b.id').execute();
}

/**
 * What the matcher reads of a statement line: id, date and amount (what a confirmation writes) and
 * `search`, its searchable text — text, references and counterparty as `bankText` joins them, joined
 * by the database (one column instead of five). What a proposal shows of a line is read by id.
 */
export type BankLineForMatching = Pick<BankLineTable, 'id' | 'booking_date' | 'amount'> & { search: string };

/** Unmatched statement lines of a bank account for the matcher: only its columns, in date order (the (account, date) index). */
export function unmatchedLinesForMatching(db: CompanyDb, bankAccountId: string, range: { from?: string; to?: string } = {}): Promise<BankLineForMatching[]> {
  let q = typed(db)
    .selectFrom('bank_line as b')
    .select([
      'b.id',
      'b.booking_date',
      'b.amount',
      sql<string>`concat_ws(' ', nullif(b.text, ''), nullif(b.bank_ref, ''), nullif(b.entry_ref, ''), nullif(b.end_to_end_id, ''), nullif(b.counterparty, ''))`.as(
        'search',
      ),
    ])
    .where('b.bank_account_id', '=', bankAccountId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('bank_match_line as m').select('m.id').whereRef('m.bank_line_id', '=', 'b.id').where('m.live', '=', 1n))),
    );
  if (range.from) q = q.where('b.booking_date', '>=', range.from);
  if (range.to) q = q.where('b.booking_date', '<=', range.to);
  return q.orderBy('b.booking_date').orderBy('b.id').execute();
}

export const bankLinesByIds = (db: CompanyDb, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : typed(db).selectFrom('bank_line').selectAll().where('id', 'in', ids).execute();

/**
 * The lines of one ledger account in a standing match, dated within a range. Only a bank account that
 * mirrors the ledger account can match its lines (confirm-match checks it), so this reads the match
 * lines of those bank accounts, each a seek of `bank_match_line_dates`, not every match of the company.
 */
export async function matchedLedgerLineIds(db: CompanyDb, ledgerAccountId: string, from: string, to: string): Promise<Set<string>> {
  const d = typed(db);
  const rows = await d
    .selectFrom('bank_match_line')
    .select('ledger_line_id')
    .where('bank_account_id', 'in', d.selectFrom('bank_account').select('id').where('ledger_account_id', '=', ledgerAccountId))
    .where('side', '=', 'ledger')
    .where('live', '=', 1n)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  return new Set(rows.map((r) => r.ledger_line_id as string));
}

/** Which of these lines already sit in a standing match (the once-indexes; on PostgreSQL the ids travel as one array, not one parameter each). */
export async function standingMatchLines(db: CompanyDb, bankLineIds: string[], ledgerLineIds: string[]) {
  const d = typed(db);
  const pg = isPostgres(db);
  const bank = bankLineIds.length
    ? await d
        .selectFrom('bank_match_line')
        .select(['bank_line_id', 'match_id'])
        .where('live', '=', 1n)
        .where(pg ? sql<boolean>`bank_line_id = any(${bankLineIds})` : sql<boolean>`bank_line_id in (${sql.join(bankLineIds)})`)
        .execute()
    : [];
  const ledger = ledgerLineIds.length
    ? await d
        .selectFrom('bank_match_line')
        .select(['ledger_line_id', 'match_id'])
        .where('live', '=', 1n)
        .where(pg ? sql<boolean>`ledger_line_id = any(${ledgerLineIds})` : sql<boolean>`ledger_line_id in (${sql.join(ledgerLineIds)})`)
        .execute()
    : [];
  return [...bank.map((r) => r.bank_line_id as string), ...ledger.map((r) => r.ledger_line_id as string)];
}

export const insertMatch = (db: CompanyDb, row: Insert<BankMatchTable>) =>
  typed(db)
    .insertInto('bank_match')
    .values(row as BankMatchTable)
    .execute();

/**
 * A match's lines: written not live, then made live in one UPDATE, when the database checks that
 * they add up (migration 005) and that none is in another standing match (the once-indexes).
 */
export async function insertMatchLines(db: CompanyDb, matchId: string, rows: Omit<Insert<BankMatchLineTable>, 'live' | 'match_id'>[]) {
  await typed(db)
    .insertInto('bank_match_line')
    .values(rows.map((r) => ({ ...r, match_id: matchId, live: null })) as BankMatchLineTable[])
    .execute();
  await typed(db).updateTable('bank_match_line').set({ live: 1n }).where('match_id', '=', matchId).execute();
}

/** Make the lines of these matches live in one UPDATE a chunk (the database checks each match adds up, migration 005). */
export async function makeLive(db: CompanyDb, matchIds: string[]) {
  const pg = isPostgres(db);
  for (let i = 0; i < matchIds.length; i += 1000) {
    const part = matchIds.slice(i, i + 1000);
    await typed(db)
      .updateTable('bank_match_line')
      .set({ live: 1n })
      .where(pg ? sql<boolean>`match_id = any(${part})` : sql<boolean>`match_id in (${sql.join(part)})`)
      .execute();
  }
}

/** One match; with `lock`, PostgreSQL holds its row until the transaction ends (two unmatches of one match queue up). */
export function findMatch(db: CompanyDb, id: string, lock = false) {
  const q = typed(db).selectFrom('bank_match').selectAll().where('id', '=', id);
  return (lock && isPostgres(db) ? q.forUpdate() : q).executeTakeFirst();
}

export const linesOfMatch = (db: CompanyDb, matchId: string) =>
  typed(db).selectFrom('bank_match_line').selectAll().where('match_id', '=', matchId).orderBy('side').orderBy('date').execute();

/** Release a match: its lines leave the once-indexes (live → NULL) and the match is marked unmatched. */
export async function releaseMatch(db: CompanyDb, id: string, by: string, at: string, reason: string | null) {
  await typed(db).updateTable('bank_match_line').set({ live: null }).where('match_id', '=', id).execute();
  await typed(db)
    .updateTable('bank_match')
    .set({ status: 'unmatched', unmatched_by: by, unmatched_at: at, unmatch_reason: reason })
    .where('id', '=', id)
    .execute();
}

/** Per side, the standing-matched amounts dated up to a date (for the reconciliation's timing differences). */
export async function matchedTotalsUpTo(db: CompanyDb, bankAccountId: string, asOf: string) {
  const rows = await typed(db)
    .selectFrom('bank_match_line')
    .select(['side', sql<bigint>`cast(coalesce(sum(amount), 0) as bigint)`.as('total')])
    .where('bank_account_id', '=', bankAccountId)
    .where('live', '=', 1n)
    .where('date', '<=', asOf)
    .groupBy('side')
    .execute();
  const of = (side: string) => BigInt(rows.find((r) => r.side === side)?.total ?? 0n);
  return { bank: of('bank'), ledger: of('ledger') };
}

/** Active bank accounts with statement lines in no standing match dated up to a date, and how many. */
export const unmatchedCountsUpTo = (db: CompanyDb, date: string) =>
  typed(db)
    .selectFrom('bank_line as b')
    .innerJoin('bank_account as a', 'a.id', 'b.bank_account_id')
    .select(['a.name', sql<bigint>`count(*)`.as('n')])
    .where('a.active', '=', 1n)
    .where('b.booking_date', '<=', date)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('bank_match_line as m').select('m.id').whereRef('m.bank_line_id', '=', 'b.id').where('m.live', '=', 1n))),
    )
    .groupBy('a.name')
    .orderBy('a.name')
    .execute();
