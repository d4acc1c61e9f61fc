import type { Kysely } from 'kysely';
import type { Company } from './companies.schemas.ts';
import type { CompaniesTables, CompanyTable } from './companies.tables.ts';

type Db = Kysely<CompaniesTables>;

export const presentCompany = (row: CompanyTable): Company => ({
  id: row.id,
  name: row.name,
  nameAr: row.name_ar,
  baseCurrency: row.base_currency,
  language: row.language === 'ar' ? 'ar' : 'en',
  timeZone: row.time_zone,
  workWeek: JSON.parse(row.work_week) as number[],
  fiscalYearStartMonth: Number(row.fiscal_year_start_month),
});

export async function findCompany(db: Db, id: string): Promise<Company | undefined> {
  const row = await db.selectFrom('company').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? presentCompany(row) : undefined;
}

export async function findCompanyByName(db: Db, name: string): Promise<Company | undefined> {
  const row = await db.selectFrom('company').selectAll().where('name', '=', name).executeTakeFirst();
  return row ? presentCompany(row) : undefined;
}

export async function listCompanies(db: Db, ids?: string[]): Promise<Company[]> {
  let q = db.selectFrom('company').selectAll().orderBy('name');
  if (ids) {
    if (ids.length === 0) return [];
    q = q.where('id', 'in', ids);
  }
  return (await q.execute()).map(presentCompany);
}

/** The companies where a user holds at least one role, in one query. */
export async function listCompaniesOfUser(
  db: Kysely<CompaniesTables & { user_role: { user_id: string; company_id: string } }>,
  userId: string,
): Promise<Company[]> {
  const rows = await db
    .selectFrom('company')
    .selectAll()
    .where('id', 'in', db.selectFrom('user_role').select('company_id').where('user_id', '=', userId))
    .orderBy('name')
    .execute();
  return rows.map(presentCompany);
}

export async function insertCompany(db: Db, row: CompanyTable): Promise<void> {
  await db.insertInto('company').values(row).execute();
}

export async function countCompanies(db: Db): Promise<number> {
  const r = await db
    .selectFrom('company')
    .select((eb) => eb.fn.countAll<bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
