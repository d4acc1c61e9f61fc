import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { fromMinor, minorUnits } from '../ledger/index.ts';
import { findBankAccount } from './banking.repository.ts';
import type { BankAccountTable } from './banking.tables.ts';

/** A bank account of the acting company (NOT_FOUND otherwise) with its currency's money formatting. */
export async function bankAccountOf(db: CompanyDb, id: string): Promise<{ account: BankAccountTable; units: number; money: (m: bigint) => string }> {
  const account = await findBankAccount(db, id);
  if (!account) throw new AppError('NOT_FOUND', 'No such bank account');
  const units = (await minorUnits(db, [account.currency])).get(account.currency) ?? 2;
  return { account, units, money: (m) => fromMinor(m, units) };
}
