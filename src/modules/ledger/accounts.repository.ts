import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { likeText } from '../../platform/db/like.ts';
import type { AccountView } from './chart.schemas.ts';
import type { AccountFacts } from './journal-entry.ts';
import type { AccountTable, AccountType } from './ledger.tables.ts';
import { flag, typed } from './ledger-db.ts';

export function presentAccount(a: AccountTable): AccountView {
  return {
    id: a.id,
    code: a.code,
    nameEn: a.name_en,
    nameAr: a.name_ar,
    type: a.type,
    subtype: a.subtype,
    parentId: a.parent_id,
    currency: a.currency,
    postable: flag(a.postable),
    active: flag(a.active),
  };
}

export interface AccountFilter {
  q?: string;
  type?: AccountType;
  active?: boolean;
  postable?: boolean;
}

export async function listAccounts(db: CompanyDb, f: AccountFilter, page?: { limit: number; offset: number }) {
  let q = typed(db).selectFrom('ledger_account');
  if (f.q) {
    const text = f.q.toLowerCase();
    q = q.where((eb) =>
      eb.or([likeText(eb.ref('code'), text, 'prefix'), likeText(eb.fn('lower', ['name_en']), text), likeText(eb.ref('name_ar'), f.q as string)]),
    );
  }
  if (f.type) q = q.where('type', '=', f.type);
  if (f.active !== undefined) q = q.where('active', '=', f.active ? 1 : 0);
  if (f.postable !== undefined) q = q.where('postable', '=', f.postable ? 1 : 0);
  let rowsQ = q.selectAll().orderBy('code');
  if (page) rowsQ = rowsQ.limit(page.limit).offset(page.offset);
  const [rows, count] = await Promise.all([rowsQ.execute(), q.select((eb) => eb.fn.countAll<bigint>().as('n')).executeTakeFirstOrThrow()]);
  return { rows, total: Number(count.n) };
}

export const findAccount = (db: CompanyDb, id: string) => typed(db).selectFrom('ledger_account').selectAll().where('id', '=', id).executeTakeFirst();

export const findAccountByCode = (db: CompanyDb, code: string) =>
  typed(db).selectFrom('ledger_account').selectAll().where('code', '=', code).executeTakeFirst();

export const countAccounts = async (db: CompanyDb) =>
  Number(
    (
      await typed(db)
        .selectFrom('ledger_account')
        .select((eb) => eb.fn.countAll<bigint>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The facts posting checks, for the given ids; ids of other companies are simply absent. */
export async function accountFacts(db: CompanyDb, ids: string[]): Promise<Map<string, AccountFacts>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await typed(db).selectFrom('ledger_account').select(['id', 'code', 'postable', 'active', 'currency']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, postable: flag(r.postable), active: flag(r.active), currency: r.currency }]));
}

export async function insertAccount(db: CompanyDb, row: Omit<AccountTable, 'company_id'>) {
  await typed(db)
    .insertInto('ledger_account')
    .values(row as AccountTable)
    .execute();
}

export async function updateAccountRow(db: CompanyDb, id: string, set: Partial<AccountTable>) {
  await typed(db).updateTable('ledger_account').set(set).where('id', '=', id).execute();
}

export async function countChildren(db: CompanyDb, id: string, onlyActive = false) {
  let q = typed(db).selectFrom('ledger_account').where('parent_id', '=', id);
  if (onlyActive) q = q.where('active', '=', 1);
  return Number((await q.select((eb) => eb.fn.countAll<bigint>().as('n')).executeTakeFirstOrThrow()).n);
}

/** Whether any posted or draft line uses the account. */
export async function accountHasLines(db: CompanyDb, id: string): Promise<boolean> {
  const d = typed(db);
  const posted = await d.selectFrom('ledger_line').select('id').where('account_id', '=', id).limit(1).executeTakeFirst();
  if (posted) return true;
  return !!(await d.selectFrom('ledger_draft_line').select('id').where('account_id', '=', id).limit(1).executeTakeFirst());
}

/** The account's non-zero balances per currency, from the maintained balances. */
export async function nonZeroBalances(db: CompanyDb, id: string) {
  const rows = await typed(db)
    .selectFrom('ledger_balance')
    .select(['currency', sql<bigint>`cast(sum(amount) as bigint)`.as('amount'), sql<bigint>`cast(sum(base_amount) as bigint)`.as('base')])
    .where('account_id', '=', id)
    .groupBy('currency')
    .execute();
  return rows.filter((r) => BigInt(r.amount) !== 0n || BigInt(r.base) !== 0n);
}

/** The currencies the account's lines (posted or draft) are in. */
export async function currenciesOnAccount(db: CompanyDb, id: string): Promise<string[]> {
  const d = typed(db);
  const a = await d.selectFrom('ledger_line').select('currency').distinct().where('account_id', '=', id).execute();
  const b = await d.selectFrom('ledger_draft_line').select('currency').distinct().where('account_id', '=', id).execute();
  return [...new Set([...a, ...b].map((r) => r.currency))];
}
