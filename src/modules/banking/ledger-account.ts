import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { findAccount } from '../ledger/index.ts';

/**
 * The one place banking asks the ledger about the account a bank account mirrors, through the
 * ledger's public surface only. A bank account mirrors a postable, active bank or cash account whose
 * currency restriction (if any) is the bank account's currency.
 */
export interface LedgerAccountFacts {
  id: string;
  code: string;
  name: string;
}

export async function findLedgerAccount(db: CompanyDb, id: string, currency: string): Promise<LedgerAccountFacts | undefined> {
  const account = await findAccount(db, id);
  if (!account) return undefined;
  const problems: string[] = [];
  if (!account.postable) problems.push('is a grouping account');
  if (!account.active) problems.push('is archived');
  if (account.subtype !== 'bank' && account.subtype !== 'cash') problems.push(`is a ${account.subtype} account, not bank or cash`);
  if (account.currency && account.currency !== currency) problems.push(`takes only ${account.currency}`);
  if (problems.length) {
    throw new AppError('VALIDATION', `Ledger account ${account.code} cannot mirror a bank account`, [
      { path: 'ledgerAccountId', message: `Account ${account.code} ${problems.join('; ')}` },
    ]);
  }
  return { id: account.id, code: account.code, name: account.nameEn };
}
