import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findCurrency } from '../ledger/index.ts';
import { presentBankAccount } from './banking.present.ts';
import { findBankAccountByName, insertBankAccount } from './banking.repository.ts';
import { type BankAccountInput, type BankAccountView, bankAccountInputSchema } from './banking.schemas.ts';
import type { BankingCall } from './banking-call.ts';
import { findLedgerAccount } from './ledger-account.ts';

/** A company bank account mirroring one ledger account; its name is unique in the company. */
export async function createBankAccount(db: CompanyDb, call: BankingCall, input: BankAccountInput): Promise<BankAccountView> {
  const a = bankAccountInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    if (await findBankAccountByName(trx, a.name)) throw new AppError('CONFLICT', `A bank account named ${a.name} exists`, { field: 'name' });
    const issues: { path: string; message: string }[] = [];
    if (!(await findCurrency(trx, a.currency))) issues.push({ path: 'currency', message: `Unknown currency ${a.currency}` });
    if (!(await findLedgerAccount(trx, a.ledgerAccountId, a.currency))) issues.push({ path: 'ledgerAccountId', message: 'No such ledger account' });
    if (issues.length) throw new AppError('VALIDATION', 'The bank account is not valid', issues);
    const now = call.clock.now().toISOString();
    const row = {
      id: newId(),
      name: a.name,
      bank: a.bank,
      iban: a.iban ?? null,
      account_number: a.accountNumber ?? null,
      currency: a.currency,
      ledger_account_id: a.ledgerAccountId,
      csv_mapping: a.csvMapping ? JSON.stringify(a.csvMapping) : null,
      active: 1,
      created_at: now,
      updated_at: now,
    };
    await insertBankAccount(trx, row);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'banking.account.created',
      targetType: 'bank_account',
      targetId: row.id,
      summary: { name: a.name },
    });
    return presentBankAccount({ ...row, company_id: '' });
  });
}
