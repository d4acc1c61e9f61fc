import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { type BankRuleTable, typed } from './banking.tables.ts';

/** Reads and writes for changing or deleting a rule (adding and listing: rules.repository.ts). */
export const findRule = (db: CompanyDb, id: string) => typed(db).selectFrom('bank_rule').selectAll().where('id', '=', id).executeTakeFirst();

export const updateRuleRow = (db: CompanyDb, id: string, changes: Partial<Omit<BankRuleTable, 'id' | 'company_id' | 'bank_account_id'>>) =>
  typed(db).updateTable('bank_rule').set(changes).where('id', '=', id).execute();

export const deleteRuleRow = (db: CompanyDb, id: string) => typed(db).deleteFrom('bank_rule').where('id', '=', id).execute();
