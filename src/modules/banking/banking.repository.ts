import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { type BankAccountTable, type BankLineTable, type BankStatementTable, typed } from './banking.tables.ts';
import { insertFilled } from './bulk-insert.ts';

type Insert<T> = Omit<T, 'company_id'>;
const KEYS_PER_QUERY = 2000;
const LINES_PER_INSERT = 1000;

export const findBankAccount = (db: CompanyDb, id: string) => typed(db).selectFrom('bank_account').selectAll().where('id', '=', id).executeTakeFirst();

export const findBankAccountByName = (db: CompanyDb, name: string) =>
  typed(db).selectFrom('bank_account').selectAll().where('name', '=', name).executeTakeFirst();

export const listBankAccounts = (db: CompanyDb) => typed(db).selectFrom('bank_account').selectAll().orderBy('name').execute();

export const insertBankAccount = (db: CompanyDb, row: Insert<BankAccountTable>) =>
  typed(db)
    .insertInto('bank_account')
    .values(row as BankAccountTable)
    .execute();

export const updateBankAccountRow = (db: CompanyDb, id: string, changes: Partial<Insert<BankAccountTable>>) =>
  typed(db).updateTable('bank_account').set(changes).where('id', '=', id).execute();

export const findStatementByKey = (db: CompanyDb, bankAccountId: string, key: string) =>
  typed(db).selectFrom('bank_statement').select('id').where('bank_account_id', '=', bankAccountId).where('statement_key', '=', key).executeTakeFirst();

/** Whether the bank account holds any statement line. */
export const holdsLines = async (db: CompanyDb, bankAccountId: string) =>
  (await typed(db).selectFrom('bank_line').select('id').where('bank_account_id', '=', bankAccountId).limit(1).executeTakeFirst()) !== undefined;

/** Which of these line keys the bank account already holds. */
export async function existingLineKeys(db: CompanyDb, bankAccountId: string, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    const rows = await typed(db)
      .selectFrom('bank_line')
      .select('line_key')
      .where('bank_account_id', '=', bankAccountId)
      .where('line_key', 'in', keys.slice(i, i + KEYS_PER_QUERY))
      .execute();
    for (const r of rows) found.add(r.line_key);
  }
  return found;
}

export const insertStatement = (db: CompanyDb, row: Insert<BankStatementTable>) =>
  typed(db)
    .insertInto('bank_statement')
    .values(row as BankStatementTable)
    .execute();

const LINE_COLUMNS = [
  'id',
  'bank_account_id',
  'statement_id',
  'line_key',
  'booking_date',
  'value_date',
  'amount',
  'currency',
  'text',
  'bank_ref',
  'entry_ref',
  'end_to_end_id',
  'counterparty',
  'created_at',
] as const satisfies (keyof Insert<BankLineTable>)[];

type L = Insert<BankLineTable>;
/** A statement line's values in the order of LINE_COLUMNS (written without an object or array per line). */
export type LineValues = [
  id: L['id'],
  bank_account_id: L['bank_account_id'],
  statement_id: L['statement_id'],
  line_key: L['line_key'],
  booking_date: L['booking_date'],
  value_date: L['value_date'],
  amount: L['amount'],
  currency: L['currency'],
  text: L['text'],
  bank_ref: L['bank_ref'],
  entry_ref: L['entry_ref'],
  end_to_end_id: L['end_to_end_id'],
  counterparty: L['counterparty'],
  created_at: L['created_at'],
];

/**
 * `count` statement lines, 1,000 to an INSERT compiled once (15 values a row: under both dialects' limit
 * on bound values); `fill(i, into)` writes line i's values into one array reused for every line.
 */
export const insertLines = (db: CompanyDb, count: number, fill: (i: number, into: LineValues) => void) =>
  insertFilled(db, 'bank_line', [...LINE_COLUMNS], count, fill as (i: number, into: unknown[]) => void, LINES_PER_INSERT);

export const listStatements = (db: CompanyDb, bankAccountId: string) =>
  typed(db)
    .selectFrom('bank_statement')
    .selectAll()
    .where('bank_account_id', '=', bankAccountId)
    .orderBy('to_date', 'desc')
    .orderBy('from_date', 'desc')
    .execute();

export const findStatement = (db: CompanyDb, id: string) => typed(db).selectFrom('bank_statement').selectAll().where('id', '=', id).executeTakeFirst();

/** The statement this one follows: the latest other one ending on or before its first day. */
export const findPredecessor = (db: CompanyDb, s: { id: string; bank_account_id: string; from_date: string }) =>
  typed(db)
    .selectFrom('bank_statement')
    .selectAll()
    .where('bank_account_id', '=', s.bank_account_id)
    .where('id', '!=', s.id)
    .where('to_date', '<=', s.from_date)
    .orderBy('to_date', 'desc')
    .orderBy('from_date', 'desc')
    .limit(1)
    .executeTakeFirst();

/** Another statement whose period overlaps this one's by more than a boundary day. */
export const findOverlapping = (db: CompanyDb, s: { id: string; bank_account_id: string; from_date: string; to_date: string }) =>
  typed(db)
    .selectFrom('bank_statement')
    .select('id')
    .where('bank_account_id', '=', s.bank_account_id)
    .where('id', '!=', s.id)
    .where('from_date', '<', s.to_date)
    .where('to_date', '>', s.from_date)
    .limit(1)
    .executeTakeFirst();

/** The statement that follows this one: the earliest other one starting on or after its last day. */
export const findSuccessor = (db: CompanyDb, s: { id: string; bank_account_id: string; to_date: string }) =>
  typed(db)
    .selectFrom('bank_statement')
    .selectAll()
    .where('bank_account_id', '=', s.bank_account_id)
    .where('id', '!=', s.id)
    .where('from_date', '>=', s.to_date)
    .orderBy('from_date', 'asc')
    .orderBy('to_date', 'asc')
    .limit(1)
    .executeTakeFirst();

export const setContinuity = (db: CompanyDb, id: string, c: Pick<BankStatementTable, 'continuity' | 'gap' | 'previous_statement_id'>) =>
  typed(db).updateTable('bank_statement').set(c).where('id', '=', id).execute();

/** Statements flagged with a gap that begin on or before a date, with their bank account's name. */
export const gapsUpTo = (db: CompanyDb, date: string) =>
  typed(db)
    .selectFrom('bank_statement as s')
    .innerJoin('bank_account as a', 'a.id', 's.bank_account_id')
    .select(['a.name', 'a.currency', 's.from_date', 's.gap', 's.reference'])
    .where('s.continuity', '=', 'gap')
    .where('s.from_date', '<=', date)
    .orderBy('a.name')
    .orderBy('s.from_date')
    .execute();

export const listLines = (db: CompanyDb, statementId: string, limit: number, offset: number) =>
  typed(db)
    .selectFrom('bank_line')
    .selectAll()
    .where('statement_id', '=', statementId)
    .orderBy('booking_date')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
