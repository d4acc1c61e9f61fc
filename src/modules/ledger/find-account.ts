import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { presentAccount } from './accounts.repository.ts';
import type { AccountView } from './chart.schemas.ts';
import { typed } from './ledger-db.ts';

/** One account of the acting company, for other modules that refer to the chart (e.g. a bank account's mirror). */
export async function findAccount(db: CompanyDb, id: string): Promise<AccountView | undefined> {
  const row = await typed(db).selectFrom('ledger_account').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? presentAccount(row) : undefined;
}
