import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { newId } from '../../platform/ids.ts';
import { isDraft } from './draft-filter.ts';
import { monthOf, monthStart } from './fiscal-calendar.ts';
import type { DimSet } from './journal-entry.ts';
import type { AccountType, PeriodSignoffTable } from './ledger.tables.ts';
import { typed } from './ledger-db.ts';

/** A balance as of a date, per account, currency and dimension set. */
export interface DimBalance {
  accountId: string;
  currency: string;
  dims: DimSet;
  amount: bigint;
  base: bigint;
}

/** What kept balances (month or day) are summed by for revaluation: account, currency, dimension set. */
const DIM_KEY = ['b.account_id', 'b.currency', 'b.dim1_id', 'b.dim2_id', 'b.dim3_id'] as const;
const DIM_SUMS = [sql<bigint>`cast(sum(b.amount) as bigint)`.as('amount'), sql<bigint>`cast(sum(b.base_amount) as bigint)`.as('base')] as const;

/**
 * Balances as of `asOf` of the accounts of the given types, per account, currency and dimension
 * set: kept balances of the months before `asOf`'s month plus that month's kept days up to `asOf`.
 * Non-zero ones only. O(accounts × (months + days of one month)); no posted line is read.
 */
export async function balancesByDims(db: CompanyDb, asOf: string, types: AccountType[]): Promise<DimBalance[]> {
  const d = typed(db);
  const kept = await d
    .selectFrom('ledger_balance as b')
    .innerJoin('ledger_account as a', 'a.id', 'b.account_id')
    .where('a.type', 'in', types)
    .where('b.period', '<', monthOf(asOf))
    .select([...DIM_KEY, ...DIM_SUMS])
    .groupBy([...DIM_KEY])
    .execute();
  // the month's days up to asOf from the kept day balances (same sums as the lines, no line read)
  const recent = await d
    .selectFrom('ledger_balance_day as b')
    .innerJoin('ledger_account as a', 'a.id', 'b.account_id')
    .where('a.type', 'in', types)
    .where('b.day', '>=', monthStart(asOf))
    .where('b.day', '<=', asOf)
    .select([...DIM_KEY, ...DIM_SUMS])
    .groupBy([...DIM_KEY])
    .execute();
  const out = new Map<string, DimBalance>();
  for (const r of [...kept, ...recent]) {
    const key = [r.account_id, r.currency, r.dim1_id, r.dim2_id, r.dim3_id].join('|');
    const b = out.get(key) ?? {
      accountId: r.account_id,
      currency: r.currency,
      dims: [r.dim1_id || null, r.dim2_id || null, r.dim3_id || null],
      amount: 0n,
      base: 0n,
    };
    b.amount += BigInt(r.amount);
    b.base += BigInt(r.base);
    out.set(key, b);
  }
  return [...out.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, b]) => b)
    .filter((b) => b.amount !== 0n || b.base !== 0n);
}

export async function countDraftsBetween(db: CompanyDb, from: string, to: string): Promise<number> {
  const row = await typed(db)
    .selectFrom('ledger_entry')
    .select((eb) => eb.fn.countAll<bigint>().as('n'))
    .where(isDraft())
    .where('date', '>=', from)
    .where('date', '<=', to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertSignoff(db: CompanyDb, row: Omit<PeriodSignoffTable, 'id' | 'company_id'>) {
  await typed(db)
    .insertInto('ledger_period_signoff')
    .values({ id: newId(), ...row } as never)
    .execute();
}

export const listSignoffs = (db: CompanyDb, periodId: string) =>
  typed(db).selectFrom('ledger_period_signoff').selectAll().where('period_id', '=', periodId).orderBy('at').orderBy('id').execute();

/** The first active journal of a kind (by code): where system entries (revaluation, year-end) go by default. */
export const defaultJournal = (db: CompanyDb) =>
  typed(db).selectFrom('ledger_journal').selectAll().where('kind', '=', 'general').where('active', '=', 1).orderBy('code').executeTakeFirst();
