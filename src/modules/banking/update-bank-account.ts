import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { presentBankAccount } from './banking.present.ts';
import { findBankAccount, findBankAccountByName, updateBankAccountRow } from './banking.repository.ts';
import { type BankAccountPatch, type BankAccountView, bankAccountPatchSchema } from './banking.schemas.ts';
import type { BankingCall } from './banking-call.ts';

/**
 * Rename, archive, or save the CSV mapping of a bank account. Its currency, numbers and mirrored
 * ledger account never change once statements may have been imported against them.
 */
export async function updateBankAccount(db: CompanyDb, call: BankingCall, id: string, input: BankAccountPatch): Promise<BankAccountView> {
  return inTransaction(db, async (trx) => {
    const row = await findBankAccount(trx, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such bank account');
    const p = bankAccountPatchSchema.parse(input);
    if (p.name && p.name !== row.name && (await findBankAccountByName(trx, p.name)))
      throw new AppError('CONFLICT', `A bank account named ${p.name} exists`, { field: 'name' });
    const changes = {
      ...(p.name !== undefined ? { name: p.name } : {}),
      ...(p.bank !== undefined ? { bank: p.bank } : {}),
      ...(p.csvMapping !== undefined ? { csv_mapping: p.csvMapping ? JSON.stringify(p.csvMapping) : null } : {}),
      ...(p.active !== undefined ? { active: p.active ? 1 : 0 } : {}),
      updated_at: call.clock.now().toISOString(),
    };
    await updateBankAccountRow(trx, id, changes);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'banking.account.updated',
      targetType: 'bank_account',
      targetId: id,
      summary: { fields: Object.keys(changes).filter((k) => k !== 'updated_at') },
    });
    return presentBankAccount({ ...row, ...changes });
  });
}
