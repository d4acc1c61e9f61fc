import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { type BankRuleTable, typed } from './banking.tables.ts';

export const insertRule = (db: CompanyDb, row: Omit<BankRuleTable, 'company_id'>) =>
  typed(db)
    .insertInto('bank_rule')
    .values(row as BankRuleTable)
    .execute();

export const findRuleByName = (db: CompanyDb, bankAccountId: string, name: string) =>
  typed(db).selectFrom('bank_rule').select('id').where('bank_account_id', '=', bankAccountId).where('name', '=', name).executeTakeFirst();

/** A bank account's rules (or every account's), the first to apply first: priority, then name. */
export function listRules(db: CompanyDb, bankAccountId?: string, activeOnly = false) {
  let q = typed(db).selectFrom('bank_rule').selectAll();
  if (bankAccountId) q = q.where('bank_account_id', '=', bankAccountId);
  if (activeOnly) q = q.where('active', '=', 1n);
  return q.orderBy('priority').orderBy('name').execute();
}
