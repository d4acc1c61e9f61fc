import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { AnyDb } from '../../platform/db/create-database.ts';
import { typed } from './ledger-db.ts';

/** The ISO 4217 table (installation-wide, not company-owned). */
export const listCurrencies = (db: AnyDb | CompanyDb) =>
  typed(db as CompanyDb)
    .selectFrom('currency')
    .selectAll()
    .orderBy('code')
    .execute();

export const findCurrency = (db: AnyDb | CompanyDb, code: string) =>
  typed(db as CompanyDb)
    .selectFrom('currency')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();

/** Minor units per code, for the given codes. */
export async function minorUnits(db: AnyDb | CompanyDb, codes: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await typed(db as CompanyDb)
    .selectFrom('currency')
    .select(['code', 'minor_units'])
    .where('code', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.code, Number(r.minor_units)]));
}
