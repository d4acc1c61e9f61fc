import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { accountRegister } from '../ledger/index.ts';

/**
 * The one place banking asks the ledger about the account a bank account mirrors, through the
 * ledger's public surface only. That surface offers no account lookup yet, so existence is all
 * that can be checked (through the account register); subtype (bank/cash), postable, active and
 * currency checks need a `findAccount`-style export from the ledger — see README.md.
 */
export interface LedgerAccountFacts {
  id: string;
  code: string;
  name: string;
}

export async function findLedgerAccount(db: CompanyDb, id: string, currency: string): Promise<LedgerAccountFacts | undefined> {
  try {
    const r = await accountRegister(db, { accountId: id, pageSize: 1 } as Parameters<typeof accountRegister>[1], currency);
    return { id: r.accountId, code: r.code, name: r.nameEn };
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return undefined;
    throw err;
  }
}
